package sn.convergence.demo.raw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import sn.convergence.geography.PCode;
import sn.convergence.ingest.Quantity;
import sn.convergence.ingest.StagedRow;

/**
 * Demo spec, section 7: how much of the truth the staged rows reproduce before any cleaning, and
 * that every difference left is listed in the report.
 */
class RecoveryTest {

  private final StagedLayer staged = StagedLayer.shared();

  @Test
  void measures() {
    Map<String, List<RowTruth>> rowsByFact = new LinkedHashMap<>();
    int recoveredRows = 0;
    Set<RowTruth> recovered = new HashSet<>();
    for (RowTruth truth : staged.layer.truths()) {
      if (recovered(truth)) {
        recovered.add(truth);
        recoveredRows++;
      }
      truth.facts().forEach(f -> rowsByFact.computeIfAbsent(f, k -> new ArrayList<>()).add(truth));
    }
    int strict = 0;
    int aggregate = 0;
    List<String> silent = new ArrayList<>();
    for (Map.Entry<String, List<RowTruth>> fact : rowsByFact.entrySet()) {
      List<RowTruth> rows = fact.getValue();
      boolean exact =
          rows.stream().anyMatch(t -> !t.part() && t.facts().size() == 1 && recovered.contains(t));
      Map<String, List<RowTruth>> parts =
          rows.stream()
              .filter(RowTruth::part)
              .collect(Collectors.groupingBy(t -> t.file() + t.sheet()));
      boolean byParts =
          parts.values().stream().anyMatch(p -> p.stream().allMatch(recovered::contains));
      boolean inAggregate =
          rows.stream().anyMatch(t -> t.facts().size() > 1 && recovered.contains(t));
      if (exact || byParts) {
        strict++;
      } else if (inAggregate) {
        aggregate++;
      } else if (rows.stream()
          .allMatch(t -> staged.issuesAt(t.file(), t.sheet(), t.row()).isEmpty())) {
        silent.add(fact.getKey() + " " + rows);
      }
    }
    int facts = rowsByFact.size();
    System.out.printf(
        "RECOVERY rows %d/%d (%.1f%%), facts strict %d/%d (%.1f%%), in aggregates %d (%.1f%% together)%n",
        recoveredRows,
        staged.layer.truths().size(),
        100.0 * recoveredRows / staged.layer.truths().size(),
        strict,
        facts,
        100.0 * strict / facts,
        aggregate,
        100.0 * (strict + aggregate) / facts);
    silent.forEach(s -> System.out.println("SILENT " + s));
    for (RowTruth truth : staged.layer.truths()) {
      if (!recovered.contains(truth)
          && staged.issuesAt(truth.file(), truth.sheet(), truth.row()).isEmpty()) {
        StagedRow row = staged.rowAt(truth.file(), truth.sheet(), truth.row());
        System.out.println(
            "SILENT-ROW "
                + truth
                + " -> "
                + (row == null ? null : row.location() + " " + row.period() + " " + row.reached()));
      }
    }
    assertThat(silent).isEmpty();
  }

  private boolean recovered(RowTruth truth) {
    StagedRow row = staged.rowAt(truth.file(), truth.sheet(), truth.row());
    if (row == null || !row.isValid() || row.location() == null || !row.location().isResolved()) {
      return false;
    }
    Set<String> places =
        row.location().pcodes().stream().map(PCode::value).collect(Collectors.toSet());
    Quantity reached = row.reached();
    return places.equals(new HashSet<>(truth.pcodes()))
        && row.period() != null
        && row.period().hasYear()
        && row.period().year() == truth.year()
        && reached != null
        && reached.isPresent()
        && !reached.approximate()
        && reached.value().longValueExact() == truth.reached();
  }
}
