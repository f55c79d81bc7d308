package sn.convergence.demo.raw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import sn.convergence.demo.DemoDataset;
import sn.convergence.demo.DemoGenerator;
import sn.convergence.demo.ReferenceDepartments;

/**
 * The raw layer keeps the volumes of the demo spec (section 3) and injects each problem at about
 * its target frequency (section 6), so that the generator cannot silently stop injecting one. Row
 * shares are over data rows; problems 6 and 15 are over truth facts, 11 over aggregates (total
 * lines, and rows giving a unit transfer whose budget is households × transfer), 12 over budget
 * cells.
 */
class NoiseFrequencyTest {

  private static final DemoDataset DATASET =
      new DemoGenerator(ReferenceDepartments.load()).generate(DemoGenerator.DEFAULT_SEED);
  private static final RawLayer LAYER = PartnerSubmissions.generate(DATASET);

  @Test
  void hasTheVolumesOfTheSpec() {
    assertThat(LAYER.files()).hasSizeBetween(25, 40);
    assertThat(LAYER.truths()).hasSizeBetween(1_000, 1_500);
    assertThat(LAYER.files().stream().map(PartnerFile::format).distinct())
        .containsExactlyInAnyOrder(PartnerFile.Format.XLSX, PartnerFile.Format.CSV);
    assertThat(LAYER.files().stream().map(PartnerFile::encoding).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(PartnerFile.TextEncoding.values());
  }

  @Test
  void injectsEachRowProblemAtAboutItsTargetShare() {
    assertThat(rowShare(1)).isBetween(0.30, 0.40);
    assertThat(rowShare(3)).isBetween(0.02, 0.04);
    assertThat(rowShare(4)).isBetween(0.005, 0.02);
    assertThat(rowShare(5)).isBetween(0.04, 0.06);
    assertThat(rowShare(7)).isBetween(0.08, 0.12);
    assertThat(rowShare(8)).isBetween(0.13, 0.17);
    assertThat(rowShare(13)).isBetween(0.02, 0.04);
    assertThat(rowShare(14)).isBetween(0.005, 0.02);
    assertThat(rowShare(16)).isBetween(0.015, 0.03);
    assertThat(rowShare(17)).isBetween(0.015, 0.03);
  }

  @Test
  void garblesOneFileAndWritesPeriodsInSeveralWays() {
    assertThat(entries(2).stream().map(NoiseEntry::file).distinct()).hasSize(1);
    assertThat(rowShare(9)).isBetween(0.02, 0.06);
    assertThat(entries(9).stream().map(NoiseEntry::kind).distinct().count()).isGreaterThan(5);
  }

  @Test
  void duplicatesAndConflictsCoverTheirShareOfFacts() {
    assertThat(factShare(6)).isBetween(0.05, 0.08);
    assertThat(factShare(15)).isBetween(0.01, 0.03);
  }

  @Test
  void makesSomeTotalsAndBudgetsInconsistent() {
    long totals = entries(10).stream().filter(e -> e.kind().equals("total_row")).count();
    assertThat((double) entries(11, "total_mismatch").size() / totals).isBetween(0.03, 0.08);
    assertThat((double) entries(11).size() / (totals + transferRows())).isBetween(0.03, 0.08);
    assertThat(entries(11, "budget_mismatch")).isNotEmpty();
    assertThat((double) entries(11, "budget_mismatch").size() / transferRows())
        .isBetween(0.03, 0.08);
    long budgets =
        LAYER.files().stream()
            .flatMap(f -> f.sheets().stream())
            .mapToLong(NoiseFrequencyTest::budgetCells)
            .sum();
    assertThat((double) entries(12).size() / budgets).isBetween(0.06, 0.13);
  }

  @Test
  void givesEveryWorkbookAtLeastTwoSpreadsheetQuirks() {
    Map<String, Long> cellQuirks =
        entries(10).stream()
            .collect(Collectors.groupingBy(NoiseEntry::file, Collectors.counting()));
    for (PartnerFile file : LAYER.files()) {
      if (file.format() == PartnerFile.Format.XLSX) {
        long quirks = file.structure().size() + cellQuirks.getOrDefault(file.name(), 0L);
        assertThat(quirks).as(file.name()).isGreaterThanOrEqualTo(2);
      }
    }
  }

  @Test
  void isTheSameForTheSameSeed() {
    RawLayer again = PartnerSubmissions.generate(DATASET);
    assertThat(again.noise()).isEqualTo(LAYER.noise());
    assertThat(again.truths()).isEqualTo(LAYER.truths());
    assertThat(again.files()).isEqualTo(LAYER.files());
  }

  private static double rowShare(int problem) {
    long rows =
        entries(problem).stream()
            .map(e -> e.file() + "|" + e.sheet() + "|" + e.row())
            .distinct()
            .count();
    return (double) rows / LAYER.truths().size();
  }

  /** Facts reported by a row carrying the problem, over the facts of the raw layer. */
  private static double factShare(int problem) {
    Map<String, RowTruth> byRow = new HashMap<>();
    LAYER.truths().forEach(t -> byRow.put(t.file() + "|" + t.sheet() + "|" + t.row(), t));
    Set<String> facts =
        entries(problem).stream()
            .map(e -> byRow.get(e.file() + "|" + e.sheet() + "|" + e.row()))
            .flatMap(t -> t.facts().stream())
            .collect(Collectors.toSet());
    long all = LAYER.truths().stream().flatMap(t -> t.facts().stream()).distinct().count();
    return (double) facts.size() / all;
  }

  private static List<NoiseEntry> entries(int problem) {
    return LAYER.noise().stream().filter(e -> e.problem() == problem).toList();
  }

  private static List<NoiseEntry> entries(int problem, String kind) {
    return entries(problem).stream().filter(e -> e.kind().equals(kind)).toList();
  }

  /** Data rows giving a unit transfer, where budget = households × transfer can be checked. */
  private static long transferRows() {
    return LAYER.files().stream()
        .flatMap(f -> f.sheets().stream())
        .mapToLong(NoiseFrequencyTest::transferCells)
        .sum();
  }

  private static long transferCells(PartnerSheet sheet) {
    long cells = 0;
    int column = -1;
    for (List<Cell> row : sheet.rows()) {
      if (column < 0) {
        for (int c = 0; c < row.size(); c++) {
          if (Layout.ungarble(row.get(c).display()).equals("Montant unitaire (FCFA)")) {
            column = c;
          }
        }
      } else if (column < row.size() && !(row.get(column) instanceof Cell.Blank)) {
        cells++;
      }
    }
    return cells;
  }

  /** Non-blank cells under a budget or amount header, below the header row. */
  private static long budgetCells(PartnerSheet sheet) {
    Set<String> budgetHeaders =
        Set.of(
            "MONTANT PAYÉ (FCFA)",
            "Montant payé (FCFA)",
            "Montant (FCFA)",
            "Valeur des kits (FCFA)",
            "Montant",
            "Amount (USD)",
            "Budget activités (FCFA)",
            "Coût (FCFA)",
            "Budget");
    long cells = 0;
    int column = -1;
    for (List<Cell> row : sheet.rows()) {
      if (column < 0) {
        for (int c = 0; c < row.size(); c++) {
          if (budgetHeaders.contains(Layout.ungarble(row.get(c).display()))) {
            column = c;
          }
        }
      } else if (column < row.size() && !(row.get(column) instanceof Cell.Blank)) {
        cells++;
      }
    }
    return cells;
  }
}
