package sn.convergence.ingest.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import sn.convergence.ingest.ColumnProfile;
import sn.convergence.ingest.RawRow;

class UnrecognisedSheetTest {

  @Test
  void givesNoRowsForASheetWithoutTagsOrKnownHeadersHoweverLongItIs() {
    SheetMapper mapper = new SheetMapper(ColumnProfile.standard());
    List<MappedRow> rows = new ArrayList<>();

    for (int i = 1; i <= SheetMapper.SCAN_ROWS + 20; i++) {
      rows.addAll(mapper.accept(new RawRow("Listes", i, List.of("code " + i, "libellé " + i))));
    }
    rows.addAll(mapper.finish());

    assertThat(rows).isEmpty();
    assertThat(mapper.mapping()).isEmpty();
  }
}
