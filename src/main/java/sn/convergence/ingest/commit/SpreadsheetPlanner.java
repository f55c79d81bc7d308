package sn.convergence.ingest.commit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import sn.convergence.actors.OrganisationType;
import sn.convergence.geography.PCode;
import sn.convergence.ingest.Issue;
import sn.convergence.ingest.IssueCode;
import sn.convergence.ingest.Period;
import sn.convergence.ingest.StagedRow;
import sn.convergence.ingest.UnitCell;
import sn.convergence.ingest.normalize.RecentAnswers;
import sn.convergence.registry.BeneficiaryUnit;
import sn.convergence.registry.InterventionType;

/**
 * Turns valid staged 3W rows into planned interventions and facts: the organisation, type and
 * beneficiary unit are matched, the unit cell becomes one P-code (a multi-unit cell is kept whole
 * at the level of the smallest unit containing all of them, never given to the first), periods get
 * registry labels and figures whole numbers in XOF. A row naming an intervention code joins that
 * intervention; otherwise the intervention is identified by organisation, activity and type, so the
 * same file planned twice gives the same codes. Rows with the same intervention, unit, period and
 * beneficiary unit become one fact with both sources. Pure once built.
 */
public final class SpreadsheetPlanner {

  private static final int REMEMBERED_PERIODS = 2_000;

  private final OrganisationMatcher organisations;
  private final TypeMatcher types;
  private final Map<String, InterventionType> typesByCode = new HashMap<>();
  private final Set<String> targetGroupCodes;
  private final Function<PCode, List<PCode>> lineage;
  private final ImportOptions options;
  private final String sourceName;
  private final Map<String, PlannedIntervention> interventions = new LinkedHashMap<>();
  private final Map<String, NewOrganisation> newOrganisations = new LinkedHashMap<>();
  private final Map<String, FactRows> rowsOfFact = new HashMap<>();
  private final Map<String, Matched> organisationMatches = new HashMap<>();
  private final Map<String, String> organisationKeys = new HashMap<>();
  private final Map<String, Issue> organisationIssues = new HashMap<>();
  private final RecentAnswers<Period, sn.convergence.registry.Period> registryPeriods =
      new RecentAnswers<>(REMEMBERED_PERIODS);
  private final Map<String, String> codes = new HashMap<>();
  private final Map<String, String> interventionAliases;

  /**
   * {@code lineage}: a unit's P-code followed by its ancestors' up to the country; {@code
   * interventionAliases}: activity text keys users confirmed as designating an intervention code.
   */
  public SpreadsheetPlanner(
      OrganisationMatcher organisations,
      TypeMatcher types,
      List<InterventionType> typeList,
      Set<String> targetGroupCodes,
      Function<PCode, List<PCode>> lineage,
      Map<String, String> interventionAliases,
      ImportOptions options,
      String sourceName) {
    this.interventionAliases = Map.copyOf(interventionAliases);
    this.organisations = organisations;
    this.types = types;
    typeList.forEach(t -> typesByCode.put(t.code(), t));
    this.targetGroupCodes = Set.copyOf(targetGroupCodes);
    this.lineage = lineage;
    this.options = options;
    this.sourceName = sourceName;
  }

  /**
   * Plans one valid row. Returns the row's new issues; when one is an error the row adds nothing.
   */
  public List<Issue> add(StagedRow row) {
    List<Issue> issues = new ArrayList<>();
    String acronym = organisation(row, issues);
    Matched type = types.match(row.sector(), row.activity());
    if (!type.found()) {
      issues.add(
          Issue.of(IssueCode.TYPE_UNKNOWN, row.at(null), type.text())
              .withSuggestion(String.join(" ; ", type.suggestions())));
    } else if (type.guessed()) {
      issues.add(Issue.of(IssueCode.TYPE_GUESSED, row.at(null), type.text(), type.target()));
    }
    String unit =
        type.found() ? beneficiaryUnit(row, typesByCode.get(type.target()), issues) : null;
    String pcode = pcode(row, issues);
    if (acronym == null
        || !type.found()
        || unit == null
        || pcode == null
        || row.period() == null
        || !row.period().hasYear()) {
      return errorsOnly(row, issues);
    }
    PlannedIntervention intervention = intervention(row, acronym, type.target());
    PlannedFact fact = fact(row, pcode, unit, issues);
    String id = intervention.code() + fact.key();
    FactRows rows = rowsOfFact.get(id);
    if (rows == null) {
      rowsOfFact.put(id, new FactRows(row.at(null), row.place()));
      intervention.add(fact);
    } else if (rows.isNewPart(row.place())) {
      intervention.addPart(fact);
      rows.add(row.at(null), row.place());
      issues.add(
          Issue.of(IssueCode.PARTS_ADDED, row.at(null), row.place().strip(), rows.first().row()));
    } else {
      intervention.add(fact);
      rows.add(row.at(null), row.place());
      issues.add(Issue.of(IssueCode.DUPLICATE_FACT, row.at(null), rows.first().row()));
    }
    return issues;
  }

  /** The sheets and rows a planned fact came from, first row first; empty when unknown. */
  public List<Issue.Location> origins(PlannedIntervention intervention, PlannedFact fact) {
    FactRows rows = rowsOfFact.get(intervention.code() + fact.key());
    return rows == null ? List.of() : rows.locations();
  }

  public ImportPlan plan() {
    return new ImportPlan(
        List.copyOf(newOrganisations.values()), List.copyOf(interventions.values()));
  }

  /** A row that cannot be planned always carries an error (a valid row lacks nothing here). */
  private static List<Issue> errorsOnly(StagedRow row, List<Issue> issues) {
    if (issues.stream().noneMatch(Issue::isError)) {
      issues.add(Issue.of(IssueCode.UNIT_MISSING, row.at(null)));
    }
    return issues;
  }

  private String organisation(StagedRow row, List<Issue> issues) {
    Matched match =
        organisationMatches.computeIfAbsent(
            row.organisation(), text -> organisations.match(text, null));
    if (match.found()) {
      if (match.guessed()) {
        issues.add(
            organisationIssue(
                row,
                () ->
                    Issue.of(
                        IssueCode.ORGANISATION_GUESSED,
                        row.at(null),
                        match.text(),
                        match.target(),
                        organisations.byAcronym(match.target()).name())));
      }
      return match.target();
    }
    String key = organisationKeys.computeIfAbsent(row.organisation(), TextKey::of);
    if (options.createOrganisations()) {
      NewOrganisation created =
          newOrganisations.computeIfAbsent(
              key,
              k ->
                  new NewOrganisation(
                      organisations.proposeAcronym(row.organisation(), null),
                      row.organisation().strip(),
                      OrganisationType.INTERNATIONAL_NGO,
                      null));
      issues.add(
          organisationIssue(
              row,
              () ->
                  Issue.of(
                      IssueCode.ORGANISATION_CREATED,
                      row.at(null),
                      row.organisation(),
                      created.acronym())));
      return created.acronym();
    }
    issues.add(
        Issue.of(IssueCode.ORGANISATION_UNKNOWN, row.at(null), row.organisation())
            .withSuggestion(String.join(" ; ", match.suggestions())));
    return null;
  }

  /**
   * The warning about the row's organisation text, the same for every row with that text: written
   * once, then placed at each row.
   */
  private Issue organisationIssue(StagedRow row, Supplier<Issue> first) {
    Issue known = organisationIssues.get(row.organisation());
    if (known == null) {
      known = first.get();
      organisationIssues.put(row.organisation(), known);
      return known;
    }
    return known.at(row.at(null));
  }

  private String beneficiaryUnit(StagedRow row, InterventionType type, List<Issue> issues) {
    BeneficiaryUnit typeUnit = type.defaultUnit();
    if (row.unit() != null && !row.unit().isBlank()) {
      BeneficiaryUnit read = BeneficiaryUnitWords.read(row.unit(), typeUnit);
      if (read == null) {
        issues.add(Issue.of(IssueCode.BENEFICIARY_UNIT_UNKNOWN, row.at(null), row.unit()));
        return null;
      }
      return read.name();
    }
    BeneficiaryUnit unit = typeUnit == null ? BeneficiaryUnit.PEOPLE : typeUnit;
    issues.add(Issue.of(IssueCode.BENEFICIARY_UNIT_FROM_TYPE, row.at(null), unit.name()));
    return unit.name();
  }

  private String pcode(StagedRow row, List<Issue> issues) {
    UnitCell cell = row.location();
    if (cell == null || !cell.isResolved()) {
      return row.country() != null ? options.country() : null;
    }
    if (cell.pcodes().size() == 1) {
      return cell.pcodes().get(0).value();
    }
    PCode common = commonAncestor(cell.pcodes());
    issues.add(Issue.of(IssueCode.MULTI_UNIT_AGGREGATE, row.at(null), cell.raw(), common.value()));
    return common.value();
  }

  private PCode commonAncestor(List<PCode> pcodes) {
    List<PCode> common = new ArrayList<>(lineage.apply(pcodes.get(0)));
    for (PCode other : pcodes.subList(1, pcodes.size())) {
      common.retainAll(lineage.apply(other));
    }
    return common.isEmpty() ? PCode.of(options.country()) : common.get(0);
  }

  private PlannedIntervention intervention(StagedRow row, String acronym, String typeCode) {
    String alias =
        row.activity() == null ? null : interventionAliases.get(TextKey.of(row.activity()));
    String code =
        row.activityCode() != null
            ? row.activityCode().strip()
            : alias != null
                ? alias
                : codes.computeIfAbsent(
                    acronym + "\u0000" + row.activity() + "\u0000" + typeCode,
                    k -> code(acronym, row.activity(), typeCode));
    return interventions.computeIfAbsent(
        code.toUpperCase(Locale.ROOT),
        k ->
            new PlannedIntervention(
                code,
                title(row, acronym, typeCode),
                null,
                List.of(typeCode),
                List.of(new PlannedIntervention.Participant(acronym, "IMPLEMENTER")),
                targetGroups(row.beneficiary()),
                status(row.status()),
                sourceName,
                row.at(null)));
  }

  private String title(StagedRow row, String acronym, String typeCode) {
    String text =
        row.activity() != null
            ? row.activity().strip()
            : typesByCode.get(typeCode).label().fr() + " — " + acronym;
    return text.length() > 300 ? text.substring(0, 300) : text;
  }

  private List<String> targetGroups(String text) {
    if (text == null) {
      return List.of();
    }
    List<String> codes = new ArrayList<>();
    for (String part : text.split("\\|")) {
      String code = part.strip().toUpperCase(Locale.ROOT);
      if (targetGroupCodes.contains(code) && !codes.contains(code)) {
        codes.add(code);
      }
    }
    return codes;
  }

  /** Registry status from French or English words; ongoing by default. */
  static String status(String text) {
    String key = TextKey.of(text);
    if (key.startsWith("termin")
        || key.startsWith("complet")
        || key.startsWith("achev")
        || key.startsWith("clos")
        || key.startsWith("closed")) {
      return "COMPLETED";
    }
    if (key.startsWith("planifi")
        || key.startsWith("plann")
        || key.startsWith("prevu")
        || key.startsWith("pipeline")) {
      return "PLANNED";
    }
    if (key.startsWith("suspend")) {
      return "SUSPENDED";
    }
    return "ONGOING";
  }

  private PlannedFact fact(StagedRow row, String pcode, String unit, List<Issue> issues) {
    Period period = row.period();
    sn.convergence.registry.Period registry = registryPeriods.get(period, RegistryPeriods::of);
    Long budget =
        row.value() == null || !row.value().isPresent()
            ? null
            : Figures.xof(
                row.value().value(),
                row.value().currency(),
                row.value().raw(),
                options,
                row.at(null),
                issues);
    String source =
        row.reference() != null
            ? row.reference().strip()
            : sourceName
                + " ("
                + (row.sheet() == null ? "" : row.sheet() + ", ")
                + "ligne "
                + row.rowNumber()
                + ")";
    return new PlannedFact(
        pcode,
        registry.label(),
        registry.start(),
        registry.end(),
        Figures.count(row.targeted(), row.at(null), issues),
        Figures.count(row.reached(), row.at(null), issues),
        unit,
        budget,
        source.length() > 300 ? source.substring(0, 300) : source,
        row.rowNumber());
  }

  /** "IMP-WFP-1a2b3c4d": the organisation and a digest of organisation, activity and type. */
  static String code(String acronym, String activity, String typeCode) {
    String org = TextKey.of(acronym).replace(" ", "").toUpperCase(Locale.ROOT);
    org = org.length() > 20 ? org.substring(0, 20) : org;
    return "IMP-"
        + org
        + "-"
        + Digests.shortHex(TextKey.of(acronym) + "|" + TextKey.of(activity) + "|" + typeCode);
  }
}
