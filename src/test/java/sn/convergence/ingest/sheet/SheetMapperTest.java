package sn.convergence.ingest.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sn.convergence.ingest.ColumnProfile;
import sn.convergence.ingest.Field;
import sn.convergence.ingest.RawRow;

class SheetMapperTest {

  private static List<MappedRow> feed(SheetMapper mapper, List<List<String>> rows) {
    List<MappedRow> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      out.addAll(mapper.accept(new RawRow("S", i + 1, rows.get(i))));
    }
    out.addAll(mapper.finish());
    return out;
  }

  @Test
  void findsTheHashtagRowBelowTitleRows() {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Matrice 3W – Protection sociale", "", ""));
    for (int i = 0; i < 6; i++) {
      rows.add(List.of("", "", ""));
    }
    rows.add(List.of("Organisation", "Région\nadministrative", "Ménages atteints"));
    rows.add(List.of("#org", "#adm1 +name", "#reached"));
    rows.add(List.of("WFP", "Matam", "1 200"));
    List<MappedRow> mapped = feed(new SheetMapper(ColumnProfile.standard()), rows);
    assertThat(mapped).hasSize(1);
    assertThat(mapped.get(0).value(Field.ADM1_NAME)).isEqualTo("Matam");
    assertThat(mapped.get(0).value(Field.REACHED)).isEqualTo("1 200");
    assertThat(mapped.get(0).label(Field.ADM1_NAME)).isEqualTo("#adm1 +name");
    assertThat(mapped.get(0).raw().rowNumber()).isEqualTo(10);
  }

  @Test
  void mapsUntaggedColumnsByTheirHeader() {
    List<List<String>> rows =
        List.of(
            List.of("Organization", "Admin1", "AnnualTarget", "Achieved"),
            List.of("#org", "#adm1", "", ""),
            List.of("WFP", "Louga", "5510", "5510"));
    MappedRow row = feed(new SheetMapper(ColumnProfile.standard()), rows).get(0);
    assertThat(row.value(Field.TARGETED)).isEqualTo("5510");
    assertThat(row.label(Field.TARGETED)).isEqualTo("AnnualTarget");
  }

  @Test
  void usesTheCallersProfileWithoutTags() {
    ColumnProfile profile =
        new ColumnProfile(
            "dgpsn",
            Map.of(
                "DEPARTEMENT", Field.ADM2_NAME,
                "Nb ménages", Field.REACHED,
                "Programme", Field.ACTIVITY));
    List<List<String>> rows =
        List.of(
            List.of("PNBSF 2021", "", ""),
            List.of("Département", "NB MENAGES", "programme"),
            List.of("KEBEMER", "1 204", "PNBSF"));
    MappedRow row = feed(new SheetMapper(profile), rows).get(0);
    assertThat(row.value(Field.ADM2_NAME)).isEqualTo("KEBEMER");
    assertThat(row.value(Field.REACHED)).isEqualTo("1 204");
  }

  @Test
  void mapsNothingWithoutTagsOrKnownHeaders() {
    SheetMapper mapper = new SheetMapper(ColumnProfile.standard());
    List<MappedRow> mapped = feed(mapper, List.of(List.of("a", "b"), List.of("1", "2")));
    assertThat(mapped).isEmpty();
    assertThat(mapper.mapping()).isEmpty();
  }

  @Test
  void namesTheHeadersNeitherATagNorTheProfileMaps() {
    SheetMapper byHeader = new SheetMapper(ColumnProfile.standard());
    feed(
        byHeader,
        List.of(
            List.of("Organisation", "Région", "Observations", "", "Ménages servis"),
            List.of("WFP", "Matam", "RAS", "", "120")));
    assertThat(byHeader.ignoredHeaders()).containsExactly("Observations", "Ménages servis");
    assertThat(byHeader.headerRowNumber()).isEqualTo(1);

    SheetMapper tagged = new SheetMapper(ColumnProfile.standard());
    feed(
        tagged,
        List.of(
            List.of("Organisation", "Commentaire", "Région"),
            List.of("#org", "", "#adm1 +name"),
            List.of("WFP", "voir rapport", "Matam")));
    assertThat(tagged.ignoredHeaders()).containsExactly("Commentaire");

    SheetMapper none = new SheetMapper(ColumnProfile.standard());
    feed(none, List.of(List.of("a", "b"), List.of("1", "2")));
    assertThat(none.ignoredHeaders()).isEmpty();
  }
}
