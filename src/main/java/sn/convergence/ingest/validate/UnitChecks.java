package sn.convergence.ingest.validate;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.AdminUnit;
import sn.convergence.geography.NameNormalizer;
import sn.convergence.geography.NameResolver;
import sn.convergence.geography.PCode;
import sn.convergence.geography.Resolution;
import sn.convergence.geography.ResolveQuery;
import sn.convergence.ingest.Issue;
import sn.convergence.ingest.IssueCode;
import sn.convergence.ingest.StagedRow;
import sn.convergence.ingest.UnitCell;
import sn.convergence.ingest.Validator;

/**
 * Row checks on administrative-unit cells that need the geography: a name that is not the unit's
 * official one (an alias, no accents, capitals, a prefix), a name that designates a unit created
 * after the row's period, a unit of the wrong level for its column, and a bare number where a
 * P-code is expected. Region cells are the row's {@code adm1}, department cells its {@code adm2}.
 * Pure apart from the resolver it reads; thread-safe (its caches are concurrent).
 */
public final class UnitChecks {

  private static final Pattern BARE_CODE = Pattern.compile("\\d{1,4}");
  private static final Pattern ISO_CODE = Pattern.compile("[A-Za-z]{2}-[A-Za-z]{2,3}");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern REGION_PREFIX = Pattern.compile("region\\b.*");
  private static final int CACHE_SIZE = 10_000;

  private final NameResolver resolver;
  private final Map<PCode, Optional<AdminUnit>> units = new ConcurrentHashMap<>();
  private final Map<String, Optional<AdminUnit>> today = new ConcurrentHashMap<>();
  private final Map<String, Boolean> regionPrefixed = new ConcurrentHashMap<>();

  public UnitChecks(NameResolver resolver) {
    this.resolver = resolver;
  }

  /** The four checks, in the order they run. */
  public List<Validator<StagedRow>> validators() {
    return List.of(this::nameVariants, this::notValidOnDate, this::wrongLevel, this::bareCodes);
  }

  /** A matched cell whose text is not the unit's official name nor its P-code. */
  public List<Issue> nameVariants(StagedRow row) {
    List<Issue> issues = new ArrayList<>();
    for (UnitCell cell : cells(row)) {
      if (cell.status() != UnitCell.Status.MATCHED || isCode(cell.raw())) {
        continue;
      }
      PCode pcode = cell.pcodes().get(0);
      unit(pcode)
          .filter(unit -> !unit.name().equals(cell.raw()))
          .ifPresent(
              unit ->
                  issues.add(
                      Issue.of(
                          IssueCode.UNIT_NAME_VARIANT,
                          row.at(null),
                          cell.raw(),
                          unit.name(),
                          pcode.value())));
    }
    return issues;
  }

  /**
   * A name that designates, today, a unit created after the row's period starts, and that was
   * therefore read as the unit that held its area then (Keur Massar before 28 May 2021 is Pikine).
   */
  public List<Issue> notValidOnDate(StagedRow row) {
    LocalDate on = row.period() == null ? null : row.period().start();
    if (on == null) {
      return List.of();
    }
    List<Issue> issues = new ArrayList<>();
    for (UnitCell cell : cells(row)) {
      if (cell.status() != UnitCell.Status.MATCHED || isCode(cell.raw())) {
        continue;
      }
      AdminUnit matched = unit(cell.pcodes().get(0)).orElse(null);
      if (matched == null || matched.name().equals(cell.raw())) {
        continue;
      }
      namedToday(cell.raw(), matched.level())
          .filter(current -> !current.pcode().equals(matched.pcode()))
          .filter(current -> current.validFrom() != null && current.validFrom().isAfter(on))
          .ifPresent(
              current ->
                  issues.add(
                      Issue.of(
                          IssueCode.UNIT_NOT_VALID_ON_DATE,
                          row.at(null),
                          cell.raw(),
                          current.name(),
                          current.pcode().value(),
                          current.validFrom(),
                          row.period().label(),
                          matched.name(),
                          matched.pcode().value())));
    }
    return issues;
  }

  /**
   * A region cell holding a department ("Podor"), or a department cell holding a region, either
   * unresolved at its own level or written with a region prefix ("Région de Matam", which would
   * otherwise be read as the department of the same name).
   */
  public List<Issue> wrongLevel(StagedRow row) {
    List<Issue> issues = new ArrayList<>();
    LocalDate on = row.period() == null ? null : row.period().start();
    UnitCell region = row.adm1();
    if (region != null && isUnresolvedName(region)) {
      otherLevel(region.raw(), AdminLevel.DEPARTMENT, on)
          .ifPresent(unit -> issues.add(wrongLevel(row, region, unit)));
    }
    UnitCell department = row.adm2();
    if (department != null && !department.raw().isEmpty()) {
      boolean regionPrefix = regionPrefixed(department.raw());
      if (regionPrefix || isUnresolvedName(department)) {
        otherLevel(department.raw(), AdminLevel.REGION, on)
            .ifPresent(unit -> issues.add(wrongLevel(row, department, unit)));
      }
    }
    return issues;
  }

  /** A bare number in a unit cell: a P-code without its country prefix, or an ANSD code. */
  public List<Issue> bareCodes(StagedRow row) {
    List<Issue> issues = new ArrayList<>();
    LocalDate on = row.period() == null ? null : row.period().start();
    for (UnitCell cell : cells(row)) {
      String text = cell.raw().strip();
      if (cell.isResolved() || !BARE_CODE.matcher(text).matches()) {
        continue;
      }
      String digits = text.length() % 2 == 1 ? "0" + text : text;
      String ocha = "SN" + digits;
      String ansd = digits.length() == 2 ? digits : "—";
      issues.add(
          Issue.of(
              IssueCode.UNIT_BARE_CODE,
              row.at(null),
              text,
              ocha,
              label(unit(PCode.of(ocha))),
              ansd,
              label(ansdRegion(ansd, on))));
    }
    return issues;
  }

  private Issue wrongLevel(StagedRow row, UnitCell cell, AdminUnit unit) {
    return Issue.of(
        IssueCode.UNIT_WRONG_LEVEL,
        row.at(null),
        cell.raw(),
        unit.name() + " (" + unit.pcode().value() + ")");
  }

  private Optional<AdminUnit> otherLevel(String text, AdminLevel level, LocalDate on) {
    return resolver.resolve(new ResolveQuery(text, level, null, on, null)).match();
  }

  private Optional<AdminUnit> ansdRegion(String code, LocalDate on) {
    if (code.length() != 2) {
      return Optional.empty();
    }
    return resolver.resolve(new ResolveQuery(code, AdminLevel.REGION, null, on, "ANSD")).match();
  }

  private Optional<AdminUnit> unit(PCode pcode) {
    return units.computeIfAbsent(pcode, p -> resolver.resolve(ResolveQuery.of(p.value())).match());
  }

  /** The unit a name designates today; remembered for the first {@value #CACHE_SIZE} names. */
  private Optional<AdminUnit> namedToday(String text, AdminLevel level) {
    String key = text + "|" + level;
    Optional<AdminUnit> known = today.get(key);
    if (known != null) {
      return known;
    }
    Resolution resolution = resolver.resolve(new ResolveQuery(text, level, null, null, null));
    if (today.size() < CACHE_SIZE) {
      today.put(key, resolution.match());
    }
    return resolution.match();
  }

  /** {@link #hasRegionPrefix}, remembered for the first {@value #CACHE_SIZE} texts. */
  private boolean regionPrefixed(String text) {
    Boolean known = regionPrefixed.get(text);
    if (known != null) {
      return known;
    }
    boolean prefixed = hasRegionPrefix(text);
    if (regionPrefixed.size() < CACHE_SIZE) {
      regionPrefixed.put(text, prefixed);
    }
    return prefixed;
  }

  private static String label(Optional<AdminUnit> unit) {
    return unit.map(u -> u.name() + " (" + u.pcode().value() + ")").orElse("—");
  }

  private static boolean isUnresolvedName(UnitCell cell) {
    return switch (cell.status()) {
      case UNKNOWN, UNCERTAIN, AMBIGUOUS -> !BARE_CODE.matcher(cell.raw().strip()).matches();
      default -> false;
    };
  }

  private static boolean hasRegionPrefix(String text) {
    String repaired = NameNormalizer.repairMojibake(text);
    String plain =
        MARKS.matcher(Normalizer.normalize(repaired, Normalizer.Form.NFD)).replaceAll("");
    return REGION_PREFIX.matcher(plain.strip().toLowerCase(Locale.ROOT)).matches();
  }

  private static boolean isCode(String text) {
    String stripped = text.strip();
    return PCode.looksLike(stripped)
        || (stripped.indexOf('-') == 2 && ISO_CODE.matcher(stripped).matches());
  }

  private static List<UnitCell> cells(StagedRow row) {
    List<UnitCell> cells = new ArrayList<>(2);
    if (row.adm1() != null && !row.adm1().raw().isEmpty()) {
      cells.add(row.adm1());
    }
    if (row.adm2() != null && !row.adm2().raw().isEmpty()) {
      cells.add(row.adm2());
    }
    return cells;
  }
}
