package sn.convergence.demo.raw;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import sn.convergence.demo.DemoDataset;
import sn.convergence.demo.DemoGenerator;
import sn.convergence.demo.ReferenceDepartments;
import sn.convergence.ingest.BatchStatus;
import sn.convergence.ingest.ColumnProfiles;
import sn.convergence.ingest.ImportBatch;
import sn.convergence.ingest.ImportMode;
import sn.convergence.ingest.ImportProgress;
import sn.convergence.ingest.Imports;
import sn.convergence.ingest.Issue;
import sn.convergence.ingest.IssueCode;
import sn.convergence.ingest.commit.ImportOptions;
import sn.convergence.support.PlatformTest;

/**
 * The demo's messy partner files go through the product's import as a user sends them: the demo
 * export is written to a directory, its {@code profils_colonnes.csv} is loaded as saved column
 * profiles, and each file is uploaded with its profile and previewed. Every problem of the noise
 * log is then named in the batch reports at its file, sheet and row.
 */
@PlatformTest
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class DemoFilesImportIntegrationTest {

  @Autowired Imports imports;
  @Autowired ColumnProfiles profiles;

  @TempDir Path directory;

  private final Map<String, List<Issue>> issuesAt = new HashMap<>();

  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  private final java.time.Instant started = java.time.Instant.now();

  /**
   * Undoes the batches committed (latest first), removes the profiles and the confirmed aliases.
   */
  @AfterEach
  void cleanUp() {
    for (ImportBatch batch : imports.list(500)) {
      if (batch.status() == BatchStatus.COMMITTED) {
        imports.undo(batch.id());
      }
    }
    profiles.list().forEach(p -> profiles.delete(p.name()));
    jdbc.sql("delete from import_alias where created_at >= ?")
        .param(started.atOffset(java.time.ZoneOffset.UTC))
        .update();
  }

  @Test
  void previewsOfTheDemoFilesNameEveryInjectedProblem() throws IOException {
    DemoDataset dataset =
        new DemoGenerator(ReferenceDepartments.load()).generate(DemoGenerator.DEFAULT_SEED);
    DemoExport.export(dataset, directory, line -> {});
    RawLayer layer = PartnerSubmissions.generate(dataset);
    try (InputStream in = Files.newInputStream(directory.resolve(DemoExport.PROFILES))) {
      assertThat(profiles.importCsv(in)).containsKeys("DGPSN", "MEN-DCaS", "Oxfam-R4");
    }

    Map<PartnerFile, ImportBatch> batches = new java.util.LinkedHashMap<>();
    for (PartnerFile file : layer.files()) {
      batches.put(file, preview(directory.resolve(file.name()), file.profile()));
    }
    confirmTypes(batches.values());
    List<String> unreadable = new ArrayList<>();
    for (Map.Entry<PartnerFile, ImportBatch> entry : batches.entrySet()) {
      PartnerFile file = entry.getKey();
      ImportBatch batch = imports.preview(entry.getValue().id(), ImportProgress.Listener.NONE);
      if (batch.status() != BatchStatus.PREVIEWED) {
        unreadable.add(file.name() + ": " + batch.status() + " " + batch.message());
      }
      assertThat(batch.options().profile()).isEqualTo(file.profile());
      assertThat(batch.report().rows().count(IssueCode.TYPE_UNKNOWN)).isZero();
      for (Issue issue : batch.report().rows().issues()) {
        issuesAt
            .computeIfAbsent(key(file.name(), issue.sheet(), issue.row()), k -> new ArrayList<>())
            .add(issue);
      }
    }
    assertThat(unreadable).isEmpty();

    List<String> missed =
        new NoiseNaming(
                layer, (f, sheet, row) -> issuesAt.getOrDefault(key(f, sheet, row), List.of()))
            .missed(entry -> !crossSource(entry));
    assertThat(missed)
        .as("logged problems not named in the batch reports (%d)", missed.size())
        .isEmpty();
  }

  /**
   * What an information manager answers when a report asks to confirm the type of a programme it
   * could not recognise (the texts as the files write them, mojibake included).
   */
  private static final Map<String, String> TYPES =
      Map.of(
          "Cantines COVID-19 GPE/AFD", "SCHOOL_CANTEEN",
          "Cantines du conseil d\u00c3\u00a9partemental", "SCHOOL_CANTEEN",
          "Kits alimentaires COVID-19", "FOOD_DISTRIBUTION",
          "R4 Rural Resilience Initiative", "ASSET_CREATION",
          "R4 \u2013 Initiative de r\u00e9silience rurale", "ASSET_CREATION",
          "R\u00e9ponse \u00e0 la soudure \u2013 op\u00e9ration conjointe DGPSN/PAM",
              "LEAN_SEASON_RESPONSE",
          "School feeding", "SCHOOL_CANTEEN");

  /** Confirms each type the reports ask about, once, as the batch page's form does. */
  private void confirmTypes(java.util.Collection<ImportBatch> batches) {
    java.util.Set<String> asked = new java.util.TreeSet<>();
    for (ImportBatch batch : batches) {
      for (Issue issue : batch.report().rows().issues()) {
        String text = quoted(issue.messageFr());
        if (issue.code() == IssueCode.TYPE_UNKNOWN && asked.add(text)) {
          assertThat(TYPES).as("type asked for \"%s\"", text).containsKey(text);
          imports.confirm(batch.id(), "TYPE", text, TYPES.get(text));
        }
      }
    }
  }

  /** The text between « and » in a French message. */
  private static String quoted(String message) {
    int start = message.indexOf('\u00ab');
    int end = message.indexOf('\u00bb', start + 1);
    return start < 0 || end < 0 ? message : message.substring(start + 1, end).strip();
  }

  /**
   * Duplicates and conflicts between files, through the registry: the activity names are confirmed
   * as the operations they designate (the demo export's {@code operations.csv}, what an information
   * manager knows), then the files are previewed and committed one after the other. Each logged
   * duplicate or conflict is named on the file committed after its counterparts, whose facts were
   * then in the registry.
   */
  @Test
  void committingTheDemoFilesInTurnNamesEachDuplicateAndConflictOnTheLaterFile()
      throws IOException {
    DemoDataset dataset =
        new DemoGenerator(ReferenceDepartments.load()).generate(DemoGenerator.DEFAULT_SEED);
    DemoExport.export(dataset, directory, line -> {});
    RawLayer layer = PartnerSubmissions.generate(dataset);
    try (InputStream in = Files.newInputStream(directory.resolve(DemoExport.PROFILES))) {
      profiles.importCsv(in);
    }
    Map<PartnerFile, ImportBatch> batches = new java.util.LinkedHashMap<>();
    for (PartnerFile file : layer.files()) {
      batches.put(file, preview(directory.resolve(file.name()), file.profile()));
    }
    confirmTypes(batches.values());
    ImportBatch any = batches.values().iterator().next();
    layer
        .operations()
        .forEach(
            (activity, operation) ->
                imports.confirm(any.id(), "INTERVENTION", activity, operation));

    Map<String, Integer> order = new HashMap<>();
    for (Map.Entry<PartnerFile, ImportBatch> entry : batches.entrySet()) {
      PartnerFile file = entry.getKey();
      order.put(file.name(), order.size());
      ImportBatch batch = imports.preview(entry.getValue().id(), ImportProgress.Listener.NONE);
      for (Issue issue : batch.report().rows().issues()) {
        issuesAt
            .computeIfAbsent(key(file.name(), issue.sheet(), issue.row()), k -> new ArrayList<>())
            .add(issue);
      }
      ImportBatch committed =
          imports.commit(batch.id(), ImportMode.VALID_ROWS_ONLY, ImportProgress.Listener.NONE);
      assertThat(committed.status()).as(file.name()).isEqualTo(BatchStatus.COMMITTED);
    }

    Map<String, String> counterparts = counterparts(layer);
    List<NoiseEntry> later = new ArrayList<>();
    for (NoiseEntry entry : layer.noise()) {
      String others = counterparts.get(key(entry.file(), entry.sheet(), entry.row()));
      if (crossSource(entry)
          && others != null
          && committedAfter(entry.file(), others, order)
          && !refused(entry)) {
        later.add(entry);
      }
    }
    assertThat(later).hasSizeGreaterThan(20);
    List<String> missed =
        new NoiseNaming(
                layer, (f, sheet, row) -> issuesAt.getOrDefault(key(f, sheet, row), List.of()))
            .missed(later::contains);
    assertThat(missed)
        .as(
            "duplicates and conflicts not named on the later file (%d of %d)",
            missed.size(), later.size())
        .isEmpty();
  }

  /**
   * True when the entry's row has an error: it is not imported, so it cannot be counted twice (the
   * report names its error).
   */
  private boolean refused(NoiseEntry entry) {
    return issuesAt.getOrDefault(key(entry.file(), entry.sheet(), entry.row()), List.of()).stream()
        .anyMatch(Issue::isError);
  }

  /** Per row marked as a duplicate (problem 6), the other files that report it. */
  private static Map<String, String> counterparts(RawLayer layer) {
    Map<String, String> out = new HashMap<>();
    for (NoiseEntry entry : layer.noise()) {
      if (entry.problem() == 6) {
        out.put(key(entry.file(), entry.sheet(), entry.row()), entry.original());
      }
    }
    return out;
  }

  private static boolean committedAfter(String file, String others, Map<String, Integer> order) {
    for (String other : others.split(",\\s*")) {
      Integer index = order.get(other.strip());
      if (index == null || index > order.get(file)) {
        return false;
      }
    }
    return true;
  }

  /** Duplicates and conflicts between two files: named once the earlier file is committed. */
  private static boolean crossSource(NoiseEntry entry) {
    return entry.problem() == 6 || entry.problem() == 15;
  }

  private ImportBatch preview(Path file, String profile) throws IOException {
    ImportOptions options =
        new ImportOptions(ImportMode.VALID_ROWS_ONLY, null, true, "SN", null, profile);
    try (InputStream in = Files.newInputStream(file)) {
      ImportBatch batch = imports.receive(file.getFileName().toString(), in, options);
      return imports.preview(batch.id(), ImportProgress.Listener.NONE);
    }
  }

  private static String key(String file, String sheet, int row) {
    return file + "\u0000" + Objects.toString(sheet, "") + "\u0000" + row;
  }
}
