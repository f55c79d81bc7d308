package sn.convergence.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import sn.convergence.ingest.sheet.HxlTag;

class ExchangeColumnTest {

  @Test
  void everyExchangeHashtagMapsToItsField() {
    for (ExchangeColumn column : ExchangeColumn.all()) {
      assertThat(HxlTag.parse(column.hxl()).flatMap(HxlTag::field))
          .as(column.name())
          .contains(column.field());
    }
  }

  @Test
  void everyFieldIsWrittenOnceAtMost() {
    assertThat(ExchangeColumn.all().stream().map(ExchangeColumn::field).distinct())
        .hasSize(ExchangeColumn.values().length);
  }
}
