package sn.convergence.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an import understood: counts of rows read, valid, in error and skipped, issue counts per
 * code, and the issues themselves (the first {@link #MAX_LISTED_ISSUES}; the counts always cover
 * all of them). {@code fatal} is set when the source could not be read at all; {@code encoding}
 * names the character set a text file was read with.
 */
public record ImportReport(
    String source,
    String encoding,
    List<String> sheets,
    long rowsRead,
    long rowsValid,
    long rowsWithErrors,
    long rowsSkipped,
    long errors,
    long warnings,
    Map<IssueCode, Long> perCode,
    List<Issue> issues,
    boolean fatal) {

  public static final int MAX_LISTED_ISSUES = 5_000;

  public ImportReport {
    sheets = List.copyOf(sheets);
    perCode = Map.copyOf(perCode);
    issues = List.copyOf(issues);
  }

  /** How many issues carry this code. */
  public long count(IssueCode code) {
    return perCode.getOrDefault(code, 0L);
  }

  /** True when a commit in this mode would write something. */
  public boolean committable(ImportMode mode) {
    if (fatal || rowsValid == 0) {
      return false;
    }
    return mode == ImportMode.VALID_ROWS_ONLY || rowsWithErrors == 0;
  }

  /**
   * This report with issues found after staging (matching, cross-row checks, the registry's
   * refusals); {@code rowsRefused} valid rows are counted as rows with errors from now on.
   */
  public ImportReport withLaterIssues(List<Issue> more, long rowsRefused) {
    Map<IssueCode, Long> codes = new EnumMap<>(IssueCode.class);
    codes.putAll(perCode);
    List<Issue> listed = new ArrayList<>(issues);
    long moreErrors = 0;
    for (Issue issue : more) {
      codes.merge(issue.code(), 1L, Long::sum);
      moreErrors += issue.isError() ? 1 : 0;
      if (listed.size() < MAX_LISTED_ISSUES) {
        listed.add(issue);
      }
    }
    long refused = Math.min(rowsRefused, rowsValid);
    return new ImportReport(
        source,
        encoding,
        sheets,
        rowsRead,
        rowsValid - refused,
        rowsWithErrors + refused,
        rowsSkipped,
        errors + moreErrors,
        warnings + more.size() - moreErrors,
        codes,
        listed,
        fatal);
  }

  /** Accumulates a report while rows stream through; keeps no rows, only counts and issues. */
  public static final class Builder {
    private final String source;
    private String encoding;
    private final List<String> sheets = new ArrayList<>();
    private long rowsRead;
    private long rowsValid;
    private long rowsWithErrors;
    private long rowsSkipped;
    private long errors;
    private long warnings;
    private final Map<IssueCode, Long> perCode = new EnumMap<>(IssueCode.class);
    private final List<Issue> issues = new ArrayList<>();
    private boolean fatal;

    public Builder(String source) {
      this.source = source;
    }

    public Builder encoding(String name) {
      this.encoding = name;
      return this;
    }

    public Builder sheet(String name) {
      sheets.add(name);
      return this;
    }

    /** Counts one staged row and its issues. */
    public Builder row(StagedRow row) {
      rowsRead++;
      if (row.skipped()) {
        rowsSkipped++;
      } else if (row.hasErrors()) {
        rowsWithErrors++;
      } else {
        rowsValid++;
      }
      row.issues().forEach(this::issue);
      return this;
    }

    /** Counts one non-tabular item (an IATI activity): kept or skipped, with its issues. */
    public Builder item(boolean kept, List<Issue> itemIssues) {
      rowsRead++;
      boolean inError = itemIssues.stream().anyMatch(Issue::isError);
      if (!kept) {
        rowsSkipped++;
      } else if (inError) {
        rowsWithErrors++;
      } else {
        rowsValid++;
      }
      itemIssues.forEach(this::issue);
      return this;
    }

    /** Records an issue that belongs to no row, or one found after the rows were counted. */
    public Builder issue(Issue issue) {
      if (issue.isError()) {
        errors++;
      } else {
        warnings++;
      }
      perCode.merge(issue.code(), 1L, Long::sum);
      if (issues.size() < MAX_LISTED_ISSUES) {
        issues.add(issue);
      }
      return this;
    }

    /** Records the issue that stopped the whole source. */
    public Builder fatal(Issue issue) {
      fatal = true;
      return issue(issue);
    }

    public ImportReport build() {
      return new ImportReport(
          source,
          encoding,
          sheets,
          rowsRead,
          rowsValid,
          rowsWithErrors,
          rowsSkipped,
          errors,
          warnings,
          perCode,
          issues,
          fatal);
    }
  }
}
