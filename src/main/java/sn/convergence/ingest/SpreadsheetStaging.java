package sn.convergence.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import sn.convergence.geography.NameResolver;
import sn.convergence.ingest.normalize.NumberParser;
import sn.convergence.ingest.normalize.RowStager;
import sn.convergence.ingest.normalize.UnitCellReader;
import sn.convergence.ingest.sheet.CsvSheetReader;
import sn.convergence.ingest.sheet.MappedRow;
import sn.convergence.ingest.sheet.RowSink;
import sn.convergence.ingest.sheet.SheetMapper;
import sn.convergence.ingest.sheet.XlsxSheetReader;
import sn.convergence.ingest.validate.ConsistencyChecks;
import sn.convergence.ingest.validate.RowValidators;

/**
 * The read -> map -> normalise -> validate stages for a 3W spreadsheet (CSV or XLSX). {@link
 * #stage} streams: each staged row goes to the consumer as soon as it is ready and only counts are
 * kept, so memory stays bounded whatever the file's size. {@link #preview} keeps the rows and adds
 * the cross-row consistency warnings. Writes nothing; a file that cannot be read ends in a report
 * with a fatal issue, never an exception.
 */
public final class SpreadsheetStaging {

  private final UnitCellReader units;
  private final ColumnProfile profile;
  private final List<Validator<StagedRow>> validators;
  private final Integer defaultYear;

  /** Stages with the given profile for untagged columns, completed by the standard headers. */
  public SpreadsheetStaging(NameResolver resolver, ColumnProfile profile) {
    this(resolver, profile, null);
  }

  /**
   * As above; a period written without a year ("June") or a missing period takes {@code
   * defaultYear} when it is given, with a warning.
   */
  public SpreadsheetStaging(NameResolver resolver, ColumnProfile profile, Integer defaultYear) {
    this.defaultYear = defaultYear;
    this.units = UnitCellReader.senegal(resolver);
    this.profile =
        profile == null ? ColumnProfile.standard() : profile.orElse(ColumnProfile.standard());
    this.validators = RowValidators.withGeography(resolver);
  }

  /** The staged rows and the report with its consistency warnings. */
  public record Preview(List<StagedRow> rows, ImportReport report) {}

  /** Streams the file's staged rows to the consumer and returns the report. */
  public ImportReport stage(SourceFile file, Consumer<StagedRow> rows) {
    ImportReport.Builder report = new ImportReport.Builder(file.name());
    run(file, report, rows);
    return report.build();
  }

  /** Stages the whole file in memory and adds the cross-row checks; for previews of usual sizes. */
  public Preview preview(SourceFile file) {
    ImportReport.Builder report = new ImportReport.Builder(file.name());
    List<StagedRow> rows = new ArrayList<>();
    run(file, report, rows::add);
    ConsistencyChecks.all(rows).forEach(report::issue);
    return new Preview(List.copyOf(rows), report.build());
  }

  private void run(SourceFile file, ImportReport.Builder report, Consumer<StagedRow> rows) {
    Sink sink = new Sink(file, report, rows);
    try {
      switch (file.format()) {
        case CSV -> new CsvSheetReader().read(file.path(), file.name(), sink);
        case XLSX -> new XlsxSheetReader().read(file.path(), sink);
        case IATI_XML ->
            throw IngestException.of(IssueCode.FILE_UNREADABLE, "IATI XML: use IatiStaging");
      }
    } catch (IngestException e) {
      report.fatal(e.issue());
    }
  }

  /** Receives raw rows sheet by sheet and pushes them through the stages. */
  private final class Sink implements RowSink {
    private final SourceFile file;
    private final ImportReport.Builder report;
    private final Consumer<StagedRow> rows;
    private final UnitCellReader units;
    private RowStager stager;
    private SheetMapper mapper;
    private String sheet;

    Sink(SourceFile file, ImportReport.Builder report, Consumer<StagedRow> rows) {
      this.file = file;
      this.report = report;
      this.rows = rows;
      this.units = SpreadsheetStaging.this.units.withCache();
      this.stager = new RowStager(units, NumberParser.Style.DECIMAL_COMMA, file.name());
    }

    @Override
    public void textFormat(String encoding, boolean fallback, char separator) {
      report.encoding(encoding);
      if (fallback) {
        report.issue(Issue.ofFile(IssueCode.ENCODING_FALLBACK, encoding));
      }
      NumberParser.Style style =
          separator == ';' ? NumberParser.Style.DECIMAL_COMMA : NumberParser.Style.DECIMAL_POINT;
      stager = new RowStager(units, style, file.name());
    }

    @Override
    public void startSheet(String name) {
      sheet = name;
      report.sheet(name);
      mapper = new SheetMapper(profile);
    }

    @Override
    public void row(RawRow row) {
      mapper.accept(row).forEach(this::stageRow);
    }

    @Override
    public void endSheet() {
      mapper.finish().forEach(this::stageRow);
      if (mapper.mapping().isEmpty()) {
        report.issue(Issue.of(IssueCode.NO_HEADER, new Issue.Location(sheet, 0, null), sheet));
      }
      for (String header : mapper.ignoredHeaders()) {
        report.issue(
            Issue.of(
                IssueCode.COLUMN_IGNORED,
                new Issue.Location(sheet, mapper.headerRowNumber(), header),
                header));
      }
    }

    private void stageRow(MappedRow mapped) {
      StagedRow staged = DefaultYear.apply(stager.stage(mapped), defaultYear);
      if (!staged.skipped()) {
        staged = staged.withIssues(Validator.all(validators, staged));
      }
      report.row(staged);
      rows.accept(staged);
    }
  }
}
