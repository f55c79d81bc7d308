package sn.convergence.registry.web;

import java.time.LocalDate;
import java.util.List;

/** What the intervention pages display, already labelled in the request's language. */
final class PageViews {

  private PageViews() {}

  /** A value and its label, for selects and checkboxes. */
  public record Option(String value, String label) {}

  /** A family and its types, for the grouped type checkboxes and the type filter. */
  public record FamilyChoice(String code, String label, List<Option> types) {}

  /** A region and its departments, for the territory select. */
  public record RegionChoice(Option region, List<Option> departments) {}

  /** Every list the filters and the form choose from; enumerations as constant names. */
  public record Choices(
      List<FamilyChoice> families,
      List<Option> targetGroups,
      List<Option> organisations,
      List<RegionChoice> regions,
      List<String> statuses,
      List<String> modalities,
      List<String> conditionalities,
      List<String> stages,
      List<String> roles,
      List<String> units) {}

  /** An organisation in one role; {@code role} is a {@code ParticipantRole} name. */
  public record ParticipantView(long organisationId, String acronym, String name, String role) {}

  /** A line of the results table; {@code units} counts distinct admin units with coverage. */
  public record ListRow(
      long id,
      String code,
      String title,
      List<String> types,
      List<ParticipantView> participants,
      String status,
      LocalDate startDate,
      LocalDate endDate,
      long units,
      boolean synthetic) {}

  /** A coverage row; figures are formatted, null when unknown. */
  public record CoverageLine(
      String pcode,
      String unitName,
      String period,
      LocalDate start,
      LocalDate end,
      String planned,
      String reached,
      String unit,
      String budget,
      String source) {}

  /** Sums of one beneficiary unit ({@code unit} is a {@code BeneficiaryUnit} name). */
  public record TotalLine(String unit, int rows, String planned, String reached) {}

  /** The detail page of one intervention. */
  public record Detail(
      long id,
      String code,
      String title,
      String description,
      List<String> types,
      String modality,
      String conditionality,
      String deliveryMechanism,
      List<String> targetGroups,
      LocalDate startDate,
      LocalDate endDate,
      String status,
      String scalingStage,
      String policyAnchor,
      String source,
      boolean synthetic,
      List<ParticipantView> participants,
      List<CoverageLine> coverage,
      List<TotalLine> totals,
      String budget) {}
}
