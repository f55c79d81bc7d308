package sn.convergence.convergence;

import java.util.List;
import java.util.Objects;

/**
 * One intervention reported in one unit for the analysed period. Organisation acronyms and target
 * group codes are kept sorted and distinct. {@code beneficiaryUnit} is a registry unit code ({@code
 * HOUSEHOLDS}, {@code PEOPLE}, {@code PARTICIPANTS}, {@code PUPILS}, {@code SCHOOLS}, or another
 * code such as {@code HECTARES} that has no population denominator). Counts may be null when not
 * reported; budget in XOF, may be null.
 */
public record CoverageFact(
    String interventionCode,
    String typeCode,
    String familyCode,
    List<String> organisations,
    List<String> targetGroups,
    String beneficiaryUnit,
    Long planned,
    Long reached,
    Long budgetXof) {

  public CoverageFact {
    Objects.requireNonNull(interventionCode, "interventionCode");
    Objects.requireNonNull(typeCode, "typeCode");
    Objects.requireNonNull(familyCode, "familyCode");
    Objects.requireNonNull(beneficiaryUnit, "beneficiaryUnit");
    organisations = sortedDistinct(organisations);
    targetGroups = sortedDistinct(targetGroups);
  }

  /** The beneficiary count the analysis uses, or null when the chosen figure is not reported. */
  Long figure(CoverageFigure choice) {
    return switch (choice) {
      case REACHED -> reached;
      case PLANNED -> planned;
      case REACHED_ELSE_PLANNED -> reached != null ? reached : planned;
    };
  }

  private static List<String> sortedDistinct(List<String> values) {
    return values == null ? List.of() : values.stream().distinct().sorted().toList();
  }
}
