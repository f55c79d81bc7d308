package sn.convergence.ingest.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sn.convergence.ingest.Field;

class HxlTagTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "#org|ORGANISATION",
        "#org +impl|ORGANISATION",
        "#org+acronym|ORGANISATION_ACRONYM",
        "#sector|SECTOR",
        "#activity|ACTIVITY",
        "#adm1|ADM1_NAME",
        "#adm1 +name|ADM1_NAME",
        "#adm1+code|ADM1_CODE",
        "#ADM1 +CODE|ADM1_CODE",
        "#adm1_code|ADM1_CODE",
        "#adm2+name|ADM2_NAME",
        "#adm2 +code +v_pcode|ADM2_CODE",
        "#targeted|TARGETED",
        "#targeted +f +children|TARGETED",
        "#reached|REACHED",
        "#reached_num|REACHED",
        "#date +start|START_DATE",
        "#date+end|END_DATE",
        "#date|PERIOD",
        "#period_date|PERIOD",
        "#status|STATUS",
        "#country|COUNTRY",
        "#adm0 +code|COUNTRY",
        "#beneficiary|BENEFICIARY",
        "#value +usd|VALUE",
        "#value +budget +xof|VALUE",
        "#value +transfer|UNIT_TRANSFER",
        "#value +transfer +xof|UNIT_TRANSFER",
        "#value +unit +usd|UNIT_TRANSFER",
        "#value +transfer +total|VALUE"
      })
  void mapsTagsWithAttributesInAnyOrderToFields(String cell, Field field) {
    assertThat(HxlTag.parse(cell).flatMap(HxlTag::field)).contains(field);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"#N/A", "#REF!", "Organisation", "#", "'#activity_id'"})
  void ignoresCellsThatAreNotUsableTags(String cell) {
    assertThat(HxlTag.parse(cell).flatMap(HxlTag::field)).isEmpty();
  }
}
