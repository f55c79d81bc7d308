package sn.convergence.demo.raw;

import java.util.List;
import java.util.Map;

/**
 * Communes of the departments where the demo has commune-level files (DGPSN regional coordinators
 * of Matam and Tambacounda, R4 villages). The platform's geography stops at departments: these
 * names are only written in a "Commune" column that the import does not map.
 */
final class Communes {

  static final Map<String, List<String>> BY_DEPARTMENT =
      Map.ofEntries(
          Map.entry(
              "SN0902",
              List.of("Matam", "Ourossogui", "Thilogne", "Nabadji Civol", "Ogo", "Bokidiawé")),
          Map.entry(
              "SN0901", List.of("Kanel", "Waoundé", "Sinthiou Bamambé", "Orkadiéré", "Semmé")),
          Map.entry("SN0903", List.of("Ranérou", "Oudalaye", "Lougré Thioly")),
          Map.entry("SN1201", List.of("Bakel", "Kidira", "Diawara", "Moudéry", "Gabou")),
          Map.entry("SN1202", List.of("Goudiry", "Kothiary", "Bala", "Koulor", "Dianké Makha")),
          Map.entry(
              "SN1203", List.of("Koumpentoum", "Malem Niani", "Kouthiaba Wolof", "Pass Koto")),
          Map.entry(
              "SN1204",
              List.of("Tambacounda", "Koussanar", "Missirah", "Makacolibantang", "Dialacoto")),
          Map.entry("SN0701", List.of("Dioulacolon", "Saré Bidji", "Mampatim", "Dabo")),
          Map.entry("SN0703", List.of("Pakour", "Kounkané", "Bonconto", "Linkéring")),
          Map.entry("SN0403", List.of("Ida Mouride", "Lour Escale", "Ribot Escale", "Maka Yop")),
          Map.entry("SN0402", List.of("Kahi", "Nganda", "Gniby", "Boulel")),
          Map.entry("SN0404", List.of("Ndioum Ngainth", "Sagna", "Darou Minam")),
          Map.entry("SN0702", List.of("Pata", "Ndorna", "Fafacourou", "Niaming")));

  /** Village names of the R4 files: fictitious, as the demo's villages are. */
  static final List<String> VILLAGES =
      List.of(
          "Keur Samba Diallo",
          "Médina Sy",
          "Sinthiou Diam",
          "Darou Salam Peulh",
          "Saré Yoba Diéga",
          "Missira Wadène",
          "Kéréwane",
          "Thiéwal Ndiaye",
          "Ndiayène Sadio",
          "Fass Koto",
          "Diamweli",
          "Touba Gaïndé",
          "Ngoye Mbaye",
          "Saré Boubou",
          "Keur Ali Ndao",
          "Dalaba Kounda");

  private Communes() {}

  static List<String> of(String department) {
    List<String> communes = BY_DEPARTMENT.get(department);
    if (communes == null) {
      throw new IllegalArgumentException("No communes listed for " + department);
    }
    return communes;
  }
}
