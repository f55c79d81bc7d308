package sn.convergence.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.PCode;
import sn.convergence.geography.ReferenceGeography;
import sn.convergence.ingest.UnitCell;
import sn.convergence.ingest.UnitCell.Status;

class UnitCellReaderTest {

  private static final UnitCellReader READER =
      UnitCellReader.senegal(ReferenceGeography.resolver());

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "Kédougou, SN06",
    "Sédhiou, SN11",
    "Thiès, SN13",
    "Saint-Louis, SN10",
    "KÃ©dougou, SN06",
    "SN09, SN09"
  })
  void matchesRegionNames(String raw, String pcode) {
    UnitCell cell = READER.read(raw, AdminLevel.REGION, null, null);
    assertThat(cell.status()).isEqualTo(Status.MATCHED);
    assertThat(cell.pcodes()).containsExactly(PCode.of(pcode));
  }

  @Test
  void matchesADepartmentWithinItsRegion() {
    UnitCell cell = READER.read("M'bour", AdminLevel.DEPARTMENT, PCode.of("SN13"), null);
    assertThat(cell.pcodes()).containsExactly(PCode.of("SN1301"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Matam/Podor|SN0902 SN1002",
        "Bakel/Goudiry|SN1201 SN1202",
        "Linguère/Louga|SN0802 SN0803",
        "Bakel et Goudiry|SN1201 SN1202"
      })
  void keepsACellNamingSeveralUnitsAsAnAggregate(String raw, String pcodes) {
    UnitCell cell = READER.read(raw, AdminLevel.DEPARTMENT, null, null);
    assertThat(cell.status()).isEqualTo(Status.MULTIPLE);
    assertThat(cell.pcodes())
        .containsExactlyElementsOf(
            java.util.Arrays.stream(pcodes.split(" ")).map(PCode::of).toList());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "Mopti, ML",
    "Ségou, ML",
    "Segou, ML",
    "Kayes, ML",
    "Tombouctou, ML",
    "Gao, ML",
    "Ouaddaï, TD",
    "N'Djaména, TD",
    "TD19, TD",
    "ML06, ML"
  })
  void reportsAnotherCountrysUnitsAsOutside(String raw, String country) {
    UnitCell cell = READER.read(raw, AdminLevel.REGION, null, null);
    assertThat(cell.status()).isEqualTo(Status.OUTSIDE_COUNTRY);
    assertThat(cell.country()).isEqualTo(country);
  }

  @Test
  void givesSuggestionsForAnAmbiguousName() {
    UnitCell cell = READER.read("Dakar", null, null, null);
    assertThat(cell.status()).isEqualTo(Status.AMBIGUOUS);
    assertThat(cell.suggestions()).anyMatch(s -> s.contains("SN01"));
  }

  @Test
  void givesSuggestionsForANearMiss() {
    UnitCell cell = READER.read("Tambakounda", AdminLevel.REGION, null, null);
    assertThat(cell.status()).isIn(Status.UNCERTAIN, Status.MATCHED);
    if (cell.status() == Status.UNCERTAIN) {
      assertThat(cell.suggestions().get(0)).contains("SN12");
    } else {
      assertThat(cell.pcodes()).containsExactly(PCode.of("SN12"));
    }
  }

  @Test
  void reportsUnknownNames() {
    assertThat(READER.read("Atlantis", AdminLevel.REGION, null, null).status())
        .isEqualTo(Status.UNKNOWN);
  }

  @Test
  void readsKeurMassarOnlyFromItsCreation() {
    assertThat(
            READER
                .read("Keur Massar", AdminLevel.DEPARTMENT, null, LocalDate.of(2022, 1, 1))
                .pcodes())
        .containsExactly(PCode.of("SN0105"));
    assertThat(
            READER
                .read("Keur Massar", AdminLevel.DEPARTMENT, null, LocalDate.of(2019, 1, 1))
                .pcodes())
        .doesNotContain(PCode.of("SN0105"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      value = {"Senegal", "Sénégal", "SEN", "SN", "''"},
      emptyValue = "")
  void recognisesThisCountry(String country) {
    assertThat(READER.isHomeCountry(country)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"Mali", "MLI", "Chad"})
  void recognisesOtherCountries(String country) {
    assertThat(READER.isHomeCountry(country)).isFalse();
  }
}
