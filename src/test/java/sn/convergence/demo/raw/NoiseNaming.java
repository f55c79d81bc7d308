package sn.convergence.demo.raw;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import sn.convergence.ingest.Issue;
import sn.convergence.ingest.IssueCode;
import sn.convergence.ingest.sheet.HxlTag;

/**
 * Test support: tells whether a report names each logged problem of the raw layer at its file,
 * sheet and row (and column, where the import locates issues by column) with a code its problem
 * calls for, given where the report's issues are.
 */
final class NoiseNaming {

  /** The issues a report gives at one file, sheet and row. */
  interface IssuesAt {
    List<Issue> at(String file, String sheet, int row);
  }

  private final RawLayer layer;
  private final IssuesAt issues;

  NoiseNaming(RawLayer layer, IssuesAt issues) {
    this.layer = layer;
    this.issues = issues;
  }

  /** The logged problems, among those selected, that the report does not name; described. */
  List<String> missed(Predicate<NoiseEntry> selected) {
    List<String> missed = new ArrayList<>();
    for (NoiseEntry entry : layer.noise()) {
      if (selected.test(entry) && !named(entry)) {
        missed.add(describe(entry));
      }
    }
    return missed;
  }

  /** True when a logged problem at this place has the issue's code among its consequences. */
  boolean explains(String file, String sheet, int row, Issue issue) {
    return layer.noise().stream()
        .filter(e -> e.file().equals(file) && Objects.equals(e.sheet(), sheet) && e.row() == row)
        .anyMatch(e -> ExpectedCodes.consequences(e).contains(issue.code()));
  }

  boolean named(NoiseEntry entry) {
    Set<IssueCode> expected = ExpectedCodes.of(entry);
    for (Issue issue : issues.at(entry.file(), entry.sheet(), entry.row())) {
      if (expected.contains(issue.code()) && columnMatches(entry, issue)) {
        return true;
      }
    }
    return false;
  }

  private boolean columnMatches(NoiseEntry entry, Issue issue) {
    if (!ExpectedCodes.locatedByColumn(entry, issue.code())) {
      return true;
    }
    PartnerSheet sheet =
        layer.file(entry.file()).sheets().stream()
            .filter(s -> s.name().equals(entry.sheet()))
            .findFirst()
            .orElseThrow();
    String label = sheet.label(entry.column());
    return label.equals(issue.column())
        || HxlTag.parse(label).map(t -> t.toString().equals(issue.column())).orElse(false);
  }

  private String describe(NoiseEntry entry) {
    String found =
        issues.at(entry.file(), entry.sheet(), entry.row()).stream()
            .map(i -> i.code() + (i.column() == null ? "" : "@" + i.column()))
            .collect(Collectors.joining(", "));
    return entry.file()
        + " / "
        + entry.sheet()
        + " / row "
        + entry.row()
        + " / "
        + entry.column()
        + " — problem "
        + entry.problem()
        + " "
        + entry.kind()
        + " (\""
        + entry.original()
        + "\" -> \""
        + entry.injected()
        + "\") expected "
        + ExpectedCodes.of(entry)
        + ", found ["
        + found
        + "]";
  }
}
