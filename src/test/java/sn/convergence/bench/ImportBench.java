package sn.convergence.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import sn.convergence.ConvergenceApplication;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.AdminUnit;
import sn.convergence.ingest.BatchStatus;
import sn.convergence.ingest.ExchangeColumn;
import sn.convergence.ingest.ImportBatch;
import sn.convergence.ingest.ImportMode;
import sn.convergence.ingest.ImportProgress;
import sn.convergence.ingest.Imports;
import sn.convergence.ingest.commit.ImportOptions;

/**
 * A 100,000-row 3W file imported end to end as {@code import --commit} does it: receive, read,
 * match, validate, plan and write in one transaction into an H2 file database. Each run uses its
 * own organisation acronyms and the previous run is undone before it (untimed, like writing the
 * file), so every run creates 100,000 new facts in the same conditions. Two benchmarks: {@code
 * import-csv} and {@code import-xlsx} ({@code ./scripts/bench.sh import} runs both). Run with
 * {@code BENCH_XMX=512m} to check the memory target; the heap peak of each run is printed.
 */
public final class ImportBench {

  static final int ROWS = 100_000;
  static final int INTERVENTIONS = 40;
  private static final BenchPlan PLAN = new BenchPlan(1, 5, 1);

  private ImportBench() {}

  /** The values of one generated row, in {@link ExchangeColumn} order. */
  static String[] row(int index, String prefix, List<AdminUnit> departments) {
    int intervention = index % INTERVENTIONS;
    int rest = index / INTERVENTIONS;
    AdminUnit unit = departments.get(rest % departments.size());
    YearMonth month = YearMonth.of(2015, 1).plusMonths(rest / departments.size());
    long planned = 100 + (index * 37L) % 9_000;
    return new String[] {
      "",
      "Cantines scolaires " + intervention,
      prefix + (intervention % 10),
      "SCHOOL_CANTEEN",
      "",
      "SN",
      unit.parent().value(),
      "",
      unit.pcode().value(),
      unit.name(),
      month.toString(),
      Long.toString(planned),
      Long.toString(planned * 9 / 10),
      "PUPILS",
      Long.toString(planned * 12_500),
      "en cours",
      ""
    };
  }

  abstract static class Base implements BenchCase {

    private ConfigurableApplicationContext context;
    private Imports imports;
    private List<AdminUnit> departments;
    private Path directory;
    private int run;
    private Path file;
    private ImportBatch previous;

    abstract String extension();

    abstract void write(Path file, String prefix, List<AdminUnit> departments) throws IOException;

    /** The organisation prefix of a run's rows: new organisations each run by default. */
    String prefix(int run) {
      return "B" + run + "ORG";
    }

    /** Checks what a run did and returns the facts it counts; throws when the run went wrong. */
    long verify(ImportBatch batch) {
      if (batch.status() != BatchStatus.COMMITTED
          || batch.report().effect().factsCreated() != ROWS) {
        throw new IllegalStateException(
            "import did not create "
                + ROWS
                + " facts: "
                + batch.status()
                + " "
                + batch.message()
                + (batch.report() == null
                    ? ""
                    : " " + batch.report().rows().issues().stream().limit(3).toList()));
      }
      return batch.report().effect().factsCreated();
    }

    @Override
    public BenchPlan plan() {
      return PLAN;
    }

    @Override
    public void setUp() throws IOException {
      directory = Files.createTempDirectory("import-bench");
      context =
          new SpringApplicationBuilder(ConvergenceApplication.class)
              .web(WebApplicationType.NONE)
              .profiles("test")
              .properties(
                  "spring.datasource.url=jdbc:h2:file:"
                      + directory.resolve("db").toAbsolutePath()
                      + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                  "convergence.data-dir=" + directory.toAbsolutePath())
              .run();
      imports = context.getBean(Imports.class);
      departments =
          context.getBean(sn.convergence.geography.AdminUnits.class).all().stream()
              .filter(u -> u.level() == AdminLevel.DEPARTMENT && u.validFrom() == null)
              .sorted(java.util.Comparator.comparing(AdminUnit::pcode))
              .toList();
    }

    /** Writes the next file and undoes the previous import, so every run starts alike. */
    @Override
    public void beforeIteration() throws IOException {
      if (previous != null) {
        long id = previous.id();
        asAdmin(() -> imports.undo(id));
      }
      String prefix = prefix(run++);
      file = directory.resolve("rows-" + run + "." + extension());
      write(file, prefix, departments);
      System.gc();
      resetPeaks();
    }

    @Override
    public Object run() throws IOException {
      ImportBatch batch = asAdmin(() -> importFile(file));
      previous = batch;
      Files.delete(file);
      long counted = verify(batch);
      System.out.printf(
          "    run %d: heap peak during the import %d MB (max heap %d MB)%n",
          run, peakHeapUsed() / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
      if (System.getenv("BENCH_HISTOGRAM") != null) {
        printHistogram();
      }
      return counted;
    }

    /** Imports a file of this benchmark as a first source, kept for the whole benchmark. */
    void importFirstSource(String prefix) throws IOException {
      Path first = directory.resolve("first-source." + extension());
      write(first, prefix, departments);
      ImportBatch batch = asAdmin(() -> importFile(first));
      Files.delete(first);
      verify(batch);
    }

    private ImportBatch importFile(Path file) {
      try (InputStream in = Files.newInputStream(file)) {
        ImportOptions options =
            new ImportOptions(ImportMode.ALL_OR_NOTHING, null, true, "SN", null);
        ImportBatch batch = imports.receive(file.getFileName().toString(), in, options);
        return imports.commit(batch.id(), null, ImportProgress.Listener.NONE);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    @Override
    public void tearDown() throws IOException {
      context.close();
      try (var files = Files.walk(directory)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** {@code import-csv}: a UTF-8 CSV file with the exchange headers and HXL row. */
  public static final class Csv extends Base {
    @Override
    public String name() {
      return "import-csv";
    }

    @Override
    public String operation() {
      return "100,000-row CSV: receive, read, validate, commit (import --commit)";
    }

    @Override
    String extension() {
      return "csv";
    }

    @Override
    void write(Path file, String prefix, List<AdminUnit> departments) throws IOException {
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        line(
            out,
            ExchangeColumn.all().stream().map(ExchangeColumn::headerFr).toArray(String[]::new));
        line(out, ExchangeColumn.all().stream().map(ExchangeColumn::hxl).toArray(String[]::new));
        for (int i = 0; i < ROWS; i++) {
          line(out, row(i, prefix, departments));
        }
      }
    }

    private static void line(Writer out, String[] cells) throws IOException {
      for (int i = 0; i < cells.length; i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(cells[i].contains(",") ? "\"" + cells[i] + "\"" : cells[i]);
      }
      out.write('\n');
    }
  }

  /**
   * {@code import-csv-other-source}: the 100,000 facts of a first file imported again from a file
   * of another name, so that every planned fact is compared with the registry's and found to be the
   * same fact from another source (kept once, nothing written). Measures the cross-source
   * comparison on the largest file.
   */
  public static final class CsvFromAnotherSource extends Base {

    private static final String PREFIX = "SRC";
    private final Csv csv = new Csv();

    @Override
    public String name() {
      return "import-csv-other-source";
    }

    @Override
    public String operation() {
      return "100,000-row CSV whose every fact another file gave: compared, kept once";
    }

    @Override
    String extension() {
      return "csv";
    }

    @Override
    void write(Path file, String prefix, List<AdminUnit> departments) throws IOException {
      csv.write(file, prefix, departments);
    }

    @Override
    String prefix(int run) {
      return PREFIX;
    }

    @Override
    public void setUp() throws IOException {
      super.setUp();
      importFirstSource(PREFIX);
    }

    @Override
    long verify(ImportBatch batch) {
      if (importedBefore) {
        long same =
            batch.report() == null
                ? 0
                : batch
                    .report()
                    .rows()
                    .count(sn.convergence.ingest.IssueCode.SAME_FACT_OTHER_SOURCE);
        if (batch.status() != BatchStatus.COMMITTED
            || batch.report().effect().factsUnchanged() != ROWS
            || same != ROWS) {
          throw new IllegalStateException(
              "import did not find every fact from the other source: "
                  + batch.status()
                  + " "
                  + batch.message()
                  + " same facts "
                  + same);
        }
        return same;
      }
      importedBefore = true;
      return super.verify(batch);
    }

    private boolean importedBefore;
  }

  /** {@code import-xlsx}: the same rows in one sheet of a workbook. */
  public static final class Xlsx extends Base {
    @Override
    public String name() {
      return "import-xlsx";
    }

    @Override
    public String operation() {
      return "100,000-row XLSX: receive, read, validate, commit (import --commit)";
    }

    @Override
    String extension() {
      return "xlsx";
    }

    @Override
    void write(Path file, String prefix, List<AdminUnit> departments) throws IOException {
      try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
          OutputStream out = Files.newOutputStream(file)) {
        SXSSFSheet sheet = workbook.createSheet("3W");
        cells(
            sheet,
            0,
            ExchangeColumn.all().stream().map(ExchangeColumn::headerFr).toArray(String[]::new));
        cells(
            sheet,
            1,
            ExchangeColumn.all().stream().map(ExchangeColumn::hxl).toArray(String[]::new));
        for (int i = 0; i < ROWS; i++) {
          cells(sheet, i + 2, row(i, prefix, departments));
        }
        workbook.write(out);
        workbook.dispose();
      }
    }

    private static void cells(SXSSFSheet sheet, int index, String[] values) {
      var row = sheet.createRow(index);
      for (int i = 0; i < values.length; i++) {
        row.createCell(i).setCellValue(values[i]);
      }
    }
  }

  /** The 20 classes holding most heap, through the JVM's diagnostic command (for leak hunts). */
  private static void printHistogram() {
    try {
      Object text =
          ManagementFactory.getPlatformMBeanServer()
              .invoke(
                  new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                  "gcClassHistogram",
                  new Object[] {new String[0]},
                  new String[] {String[].class.getName()});
      text.toString().lines().limit(24).forEach(System.out::println);
    } catch (javax.management.JMException e) {
      System.out.println("    no histogram: " + e.getMessage());
    }
  }

  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /**
   * The sum of the heap pools' peaks since the last reset: an upper bound of the heap used during
   * the import (each pool reaches its peak at its own moment).
   */
  private static long peakHeapUsed() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static <T> T asAdmin(Supplier<T> work) {
    SecurityContext previous = SecurityContextHolder.getContext();
    SecurityContext admin = SecurityContextHolder.createEmptyContext();
    admin.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            "bench", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
    SecurityContextHolder.setContext(admin);
    try {
      return work.get();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }
}
