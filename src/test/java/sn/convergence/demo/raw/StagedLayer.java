package sn.convergence.demo.raw;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sn.convergence.demo.DemoDataset;
import sn.convergence.demo.DemoGenerator;
import sn.convergence.demo.ReferenceDepartments;
import sn.convergence.geography.NameNormalizer;
import sn.convergence.geography.NameResolver;
import sn.convergence.geography.ReferenceGeography;
import sn.convergence.ingest.ColumnProfile;
import sn.convergence.ingest.Field;
import sn.convergence.ingest.ImportReport;
import sn.convergence.ingest.Issue;
import sn.convergence.ingest.SourceFile;
import sn.convergence.ingest.SpreadsheetStaging;
import sn.convergence.ingest.StagedRow;
import sn.convergence.ingest.validate.CrossSourceChecks;

/**
 * Test fixture: the demo's raw layer written to a directory and staged file by file with the
 * import's pure staging (each file with its saved column profile), then checked across files. It
 * keeps every staged row and every issue by file, sheet and row.
 */
final class StagedLayer {

  /** Where an issue is: file, sheet (null for the whole file) and row. */
  record At(String file, String sheet, int row) {}

  final DemoDataset dataset;
  final RawLayer layer;
  final Map<String, ImportReport> reports = new LinkedHashMap<>();
  final List<StagedRow> rows = new ArrayList<>();
  final Map<At, StagedRow> rowsAt = new HashMap<>();
  final Map<At, List<Issue>> issues = new HashMap<>();
  final List<CrossSourceChecks.Finding> crossSource;

  private StagedLayer(Path directory) {
    dataset = new DemoGenerator(ReferenceDepartments.load()).generate(DemoGenerator.DEFAULT_SEED);
    layer = PartnerSubmissions.generate(dataset);
    NameResolver resolver = ReferenceGeography.resolver();
    for (PartnerFile file : layer.files()) {
      SpreadsheetStaging staging = new SpreadsheetStaging(resolver, profile(file.profile()));
      SpreadsheetStaging.Preview preview = staging.preview(SourceFile.of(write(file, directory)));
      reports.put(file.name(), preview.report());
      for (StagedRow row : preview.rows()) {
        rows.add(row);
        rowsAt.put(new At(file.name(), row.sheet(), row.rowNumber()), row);
      }
      for (Issue issue : preview.report().issues()) {
        add(file.name(), issue);
      }
    }
    crossSource = CrossSourceChecks.check(rows, this::operation);
    crossSource.forEach(f -> add(f.source(), f.issue()));
  }

  private static StagedLayer shared;

  /**
   * The layer staged once per test run (staging thirty files takes a while): written to a temporary
   * directory, deleted once read.
   */
  static synchronized StagedLayer shared() {
    if (shared == null) {
      try {
        Path directory = java.nio.file.Files.createTempDirectory("demo-raw-layer");
        shared = new StagedLayer(directory);
        try (var files = java.nio.file.Files.list(directory)) {
          for (Path file : files.toList()) {
            java.nio.file.Files.delete(file);
          }
        }
        java.nio.file.Files.delete(directory);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return shared;
  }

  /** The operation a row's activity designates, as a user matched the names once. */
  String operation(StagedRow row) {
    if (row.activity() == null) {
      return null;
    }
    String label = NameNormalizer.repairMojibake(row.activity().strip());
    return layer.operations().getOrDefault(label, CrossSourceChecks.activityOf(row));
  }

  List<Issue> issuesAt(String file, String sheet, int row) {
    return issues.getOrDefault(new At(file, sheet, row), List.of());
  }

  StagedRow rowAt(String file, String sheet, int row) {
    return rowsAt.get(new At(file, sheet, row));
  }

  private void add(String file, Issue issue) {
    issues
        .computeIfAbsent(new At(file, issue.sheet(), issue.row()), k -> new ArrayList<>())
        .add(issue);
  }

  private ColumnProfile profile(String name) {
    if (name == null) {
      return null;
    }
    Map<String, Field> headers = new HashMap<>();
    layer
        .profiles()
        .get(name)
        .forEach((header, field) -> headers.put(header, Field.valueOf(field)));
    return new ColumnProfile(name, headers);
  }

  private static Path write(PartnerFile file, Path directory) {
    try {
      return PartnerFileWriter.write(file, directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
