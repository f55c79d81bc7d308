package sn.convergence.demo.raw;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import sn.convergence.demo.DemoDepartment;

/**
 * Names of the demo's regions and departments, and the spellings partners use for them (demo spec,
 * section 1 alias table): what the generator writes instead of an official name.
 */
final class Gazetteer {

  /** Aliases seen in real documents, by P-code (demo spec, section 1). */
  static final Map<String, List<String>> ALIASES =
      Map.ofEntries(
          Map.entry(
              "SN0702",
              List.of(
                  "Medina Yoro Foulah",
                  "Médina Yoro Foula",
                  "Medina Yoro Foula",
                  "Médina Yéro Foula",
                  "Medina-Yorofoula",
                  "MYF")),
          Map.entry("SN0401", List.of("Birkilane", "Birkelan")),
          Map.entry(
              "SN0404", List.of("Malem-Hodar", "Malem Hoddar", "Malème Hodar", "MALEM_HODAR")),
          Map.entry("SN0903", List.of("Ranérou", "Ranerou", "Ranérou-Ferlo", "RANEROU")),
          Map.entry("SN1203", List.of("Koumpountoum", "Koupentoum")),
          Map.entry("SN1102", List.of("Goudoump")),
          Map.entry("SN1301", List.of("M'bour", "M'Bour", "MBOUR")),
          Map.entry("SN0203", List.of("M'Backé", "M’Backe", "Mbacke")),
          Map.entry("SN0503", List.of("Nioro", "Nioro-du-Rip")),
          Map.entry("SN0102", List.of("Guediawaye", "Guédiawaye Ville")),
          Map.entry("SN0601", List.of("Kedougou")),
          Map.entry("SN1103", List.of("Sedhiou")),
          Map.entry("SN1302", List.of("Thies", "THIES", "Thiès Ville")),
          Map.entry("SN1003", List.of("Saint Louis", "St-Louis", "St Louis")),
          Map.entry("SN0602", List.of("Salemata")),
          Map.entry("SN0703", List.of("Velingara")),
          Map.entry("SN0501", List.of("Guinguineo")),
          Map.entry("SN0801", List.of("Kebemer")),
          Map.entry("SN0802", List.of("Linguere")),
          Map.entry("SN0302", List.of("Foundioune")),
          Map.entry("SN1303", List.of("Tivaoune")),
          Map.entry("SN10", List.of("Saint Louis", "St-Louis")),
          Map.entry("SN11", List.of("Sedhiou")),
          Map.entry("SN06", List.of("Kedougou")),
          Map.entry("SN13", List.of("Thies")));

  private final Map<String, String> names = new HashMap<>();
  private final Map<String, String> regionOf = new HashMap<>();

  Gazetteer(List<DemoDepartment> departments) {
    for (DemoDepartment d : departments) {
      names.put(d.pcode(), d.name());
      names.put(d.regionPcode(), d.regionName());
      regionOf.put(d.pcode(), d.regionPcode());
    }
  }

  String name(String pcode) {
    String name = names.get(pcode);
    if (name == null) {
      throw new IllegalArgumentException("Unknown P-code " + pcode);
    }
    return name;
  }

  String region(String departmentPcode) {
    return regionOf.get(departmentPcode);
  }

  boolean isRegion(String pcode) {
    return pcode.length() == 4;
  }

  /** The name in capitals without accents, as the DGPSN national file writes it. */
  static String capitals(String name) {
    return withoutAccents(name).toUpperCase(Locale.ROOT);
  }

  static String withoutAccents(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }

  static boolean hasAccents(String name) {
    return !withoutAccents(name).equals(name);
  }

  /** The kinds of name variant that apply to a unit (problem 1). */
  List<String> variantKinds(String pcode, boolean department) {
    String name = name(pcode);
    List<String> kinds = new java.util.ArrayList<>(List.of("capitals", "nbsp", "lowercase"));
    if (ALIASES.containsKey(pcode)) {
      kinds.add("alias");
      kinds.add("alias");
    }
    if (hasAccents(name)) {
      kinds.add("no_accents");
      kinds.add("no_accents");
    }
    kinds.add("prefix");
    if (department) {
      kinds.add("dept_abbreviation");
    }
    return kinds;
  }

  /** A variant of a unit's name of the given kind (see {@link #variantKinds}). */
  String variant(String pcode, String kind, Draws draws) {
    String name = name(pcode);
    boolean department = !isRegion(pcode);
    return switch (kind) {
      case "alias" -> draws.pick(ALIASES.get(pcode));
      case "no_accents" -> withoutAccents(name);
      case "capitals" -> name.toUpperCase(Locale.ROOT);
      case "lowercase" -> name.toLowerCase(Locale.ROOT);
      case "nbsp" -> name.replace(' ', '\u00A0') + "\u00A0";
      case "prefix" -> (department ? "Département de " : "Région de ") + name;
      case "dept_abbreviation" -> "Dept. " + name;
      default -> throw new IllegalArgumentException("Unknown variant kind " + kind);
    };
  }
}
