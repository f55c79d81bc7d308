package sn.convergence.ingest.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sn.convergence.actors.Organisation;
import sn.convergence.actors.OrganisationId;
import sn.convergence.geography.AdminUnit;
import sn.convergence.geography.PCode;
import sn.convergence.ingest.ExchangeColumn;
import sn.convergence.registry.Coverage;
import sn.convergence.registry.InterventionCoverage;
import sn.convergence.registry.InterventionSummary;
import sn.convergence.registry.Participant;
import sn.convergence.registry.ParticipantRole;

/**
 * One coverage fact as a row of {@link ExchangeColumn} cells, written so that the import stages it
 * back to the same fact: the unit as region and department P-codes and names (a region row leaves
 * the department blank, a national row both, the country column always holds the country's P-code),
 * the period through {@link ExchangePeriods}, figures and budget as whole numbers, the unit code,
 * type and target group codes joined by {@value #LIST_SEPARATOR}, no unit transfer (the registry
 * keeps none), and as organisation the acronym of the implementing participant, else of the first
 * participant. A unit below the department is written as its department (the exchange columns stop
 * there). Pure.
 */
public final class RegistryRows {

  public static final String LIST_SEPARATOR = " | ";

  private final Map<OrganisationId, Organisation> organisations;
  private final Map<PCode, AdminUnit> units;

  public RegistryRows(
      Map<OrganisationId, Organisation> organisations, Map<PCode, AdminUnit> units) {
    this.organisations = Map.copyOf(organisations);
    this.units = Map.copyOf(units);
  }

  public static List<String> headers() {
    return ExchangeColumn.all().stream().map(ExchangeColumn::headerFr).toList();
  }

  public static List<String> hashtags() {
    return ExchangeColumn.all().stream().map(ExchangeColumn::hxl).toList();
  }

  /** The cells in {@link ExchangeColumn} order: texts, {@link Long} numbers or null. */
  public List<Object> cells(InterventionCoverage fact) {
    InterventionSummary intervention = fact.intervention();
    Coverage row = fact.coverage();
    UnitPlacement place = UnitPlacement.of(row.pcode(), units);
    List<Object> cells = new ArrayList<>();
    for (ExchangeColumn column : ExchangeColumn.values()) {
      cells.add(
          switch (column) {
            case ACTIVITY_CODE -> intervention.code();
            case ACTIVITY -> intervention.title();
            case ORGANISATION -> lead(intervention.participants());
            case TYPE -> String.join(LIST_SEPARATOR, intervention.types());
            case TARGET_GROUPS -> String.join(LIST_SEPARATOR, intervention.targetGroups());
            case COUNTRY -> place.country();
            case ADM1_CODE -> place.regionPcode();
            case ADM1_NAME -> place.regionName();
            case ADM2_CODE -> place.departmentPcode();
            case ADM2_NAME -> place.departmentName();
            case PERIOD -> ExchangePeriods.text(row.period());
            case TARGETED -> row.planned();
            case REACHED -> row.reached();
            case UNIT -> row.unit().name();
            case BUDGET_XOF -> row.budgetXof();
            case UNIT_TRANSFER -> null;
            case STATUS -> intervention.status() == null ? null : intervention.status().name();
            case SOURCE -> row.source();
          });
    }
    return cells;
  }

  /** The acronym of the implementing participant, else of the first one; null without any. */
  String lead(List<Participant> participants) {
    return participants.stream()
        .filter(p -> p.role() == ParticipantRole.IMPLEMENTER)
        .findFirst()
        .or(() -> participants.stream().findFirst())
        .map(p -> organisations.get(p.organisation()))
        .map(Organisation::acronym)
        .orElse(null);
  }
}
