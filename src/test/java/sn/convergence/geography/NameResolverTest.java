package sn.convergence.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameResolverTest {

  private final NameResolver resolver = ReferenceGeography.resolver();

  private Resolution department(String text) {
    return resolver.resolve(ResolveQuery.of(text).atLevel(AdminLevel.DEPARTMENT));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "M'bour, SN1301",
    "MBOUR, SN1301",
    "M’Backe, SN0203",
    "Tivaoune, SN1303",
    "Medina Yoroufoula, SN0702",
    "MEDINA YORO FOULAH, SN0702",
    "Ranerou, SN0903",
    "Birkilane, SN0401",
    "Malem Hoddar, SN0404",
    "MALEM_HODAR, SN0404",
    "Koumpountoum, SN1203",
    "Goudoump, SN1102",
    "Saint Louis, SN1003",
    "KÃ©dougou, SN0601",
    "Département de Kolda, SN0701",
    "' Guédiawaye\u00a0', SN0102",
    "Nioro du Rip, SN0503",
    "Kebemer, SN0801"
  })
  void resolvesSpellingVariantsOfDepartments(String text, String expected) {
    Resolution resolution = department(text);

    assertThat(resolution.status()).isEqualTo(Resolution.Status.MATCHED);
    assertThat(resolution.candidates().get(0).unit().pcode()).isEqualTo(PCode.of(expected));
  }

  @Test
  void ranksMbourFirstWithoutALevel() {
    Resolution resolution = resolver.resolve(ResolveQuery.of("M'bour"));

    assertThat(resolution.match()).map(AdminUnit::pcode).contains(PCode.of("SN1301"));
  }

  @Test
  void reportsAmbiguityBetweenRegionAndDepartmentOfTheSameName() {
    Resolution resolution = resolver.resolve(ResolveQuery.of("Saint Louis"));

    assertThat(resolution.status()).isEqualTo(Resolution.Status.AMBIGUOUS);
    assertThat(resolution.candidates())
        .extracting(c -> c.unit().pcode().value())
        .contains("SN10", "SN1003");
    assertThat(resolution.match()).isEmpty();
  }

  @Test
  void resolvesKeurMassarToPikineBeforeItsCreation() {
    Resolution before = department("Keur Massar");
    Resolution in2019 =
        resolver.resolve(
            ResolveQuery.of("Keur Massar")
                .atLevel(AdminLevel.DEPARTMENT)
                .on(LocalDate.of(2019, 6, 1)));

    assertThat(before.match()).map(AdminUnit::pcode).contains(PCode.of("SN0105"));
    assertThat(in2019.match()).map(AdminUnit::pcode).contains(PCode.of("SN0103"));
  }

  @Test
  void neverReadsABareNumberAsARegionCode() {
    Resolution bare = resolver.resolve(ResolveQuery.of("02"));
    Resolution ansd = resolver.resolve(ResolveQuery.of("ANSD:02"));
    Resolution scheme = resolver.resolve(new ResolveQuery("2", null, null, null, "ANSD"));

    assertThat(bare.status()).isEqualTo(Resolution.Status.NOT_FOUND);
    assertThat(ansd.match()).map(u -> u.name()).contains("Ziguinchor");
    assertThat(scheme.match()).map(u -> u.name()).contains("Ziguinchor");
  }

  @Test
  void recognisesIsoAndPcodes() {
    assertThat(resolver.resolve(ResolveQuery.of("SN-DB")).match())
        .map(AdminUnit::pcode)
        .contains(PCode.of("SN02"));
    assertThat(resolver.resolve(ResolveQuery.of("sn0702")).match())
        .map(AdminUnit::name)
        .contains("Médina Yoro Foulah");
  }

  @Test
  void restrictsCandidatesToTheParent() {
    Resolution resolution =
        resolver.resolve(
            ResolveQuery.of("Kaolack").atLevel(AdminLevel.DEPARTMENT).within(PCode.of("SN05")));

    assertThat(resolution.match()).map(AdminUnit::pcode).contains(PCode.of("SN0502"));
  }

  @Test
  void suggestsCloseSpellingsWithoutMatchingThem() {
    Resolution resolution = department("Tambakunda");

    assertThat(resolution.candidates()).isNotEmpty();
    assertThat(resolution.candidates().get(0).unit().pcode()).isEqualTo(PCode.of("SN1204"));
  }

  @Test
  void findsNothingForUnrelatedText() {
    assertThat(department("Bamako").status()).isEqualTo(Resolution.Status.NOT_FOUND);
    assertThat(department("").status()).isEqualTo(Resolution.Status.NOT_FOUND);
  }
}
