package sn.convergence.demo.raw;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import sn.convergence.demo.DemoDataset;
import sn.convergence.system.web.SpreadsheetSafe;

/**
 * Writes the demo's raw layer into a directory: the partner files, {@code noise_log.csv}, {@code
 * profils_colonnes.csv}, {@code operations.csv} and a French {@code README.txt}, reporting a line
 * of progress per file.
 */
public final class DemoExport {

  public static final String NOISE_LOG = "noise_log.csv";
  public static final String PROFILES = "profils_colonnes.csv";
  public static final String OPERATIONS = "operations.csv";
  public static final String README = "README.txt";

  /** What was written. */
  public record Summary(int files, int dataRows, int problems) {}

  private DemoExport() {}

  /**
   * Generates the raw layer of the dataset and writes it into the directory (created if needed).
   */
  public static Summary export(DemoDataset dataset, Path directory, Consumer<String> progress)
      throws IOException {
    RawLayer layer = PartnerSubmissions.generate(dataset);
    Files.createDirectories(directory);
    int index = 0;
    for (PartnerFile file : layer.files()) {
      PartnerFileWriter.write(file, directory);
      long rows = layer.truths().stream().filter(t -> t.file().equals(file.name())).count();
      long problems = layer.noise().stream().filter(e -> e.file().equals(file.name())).count();
      progress.accept(
          String.format(
              "[%d/%d] %s : %d feuille(s), %d lignes, %d problèmes",
              ++index, layer.files().size(), file.name(), file.sheets().size(), rows, problems));
    }
    writeNoiseLog(layer, directory.resolve(NOISE_LOG));
    writeProfiles(layer, directory.resolve(PROFILES));
    writeOperations(layer, directory.resolve(OPERATIONS));
    Files.writeString(directory.resolve(README), ExportReadme.text(layer), StandardCharsets.UTF_8);
    progress.accept(NOISE_LOG + ", " + PROFILES + ", " + OPERATIONS + ", " + README);
    return new Summary(layer.files().size(), layer.truths().size(), layer.noise().size());
  }

  private static void writeNoiseLog(RawLayer layer, Path path) throws IOException {
    try (CSVPrinter out =
        printer(
            path, "file", "sheet", "row", "column", "problem", "kind", "original", "injected")) {
      for (NoiseEntry e : layer.noise()) {
        out.printRecord(
            e.file(),
            safe(e.sheet()),
            e.row(),
            safe(e.column()),
            e.problem(),
            e.kind(),
            safe(e.original()),
            safe(e.injected()));
      }
    }
  }

  private static void writeProfiles(RawLayer layer, Path path) throws IOException {
    try (CSVPrinter out = printer(path, "profile", "header", "field")) {
      for (Map.Entry<String, Map<String, String>> profile : layer.profiles().entrySet()) {
        for (Map.Entry<String, String> header :
            new java.util.TreeMap<>(profile.getValue()).entrySet()) {
          out.printRecord(profile.getKey(), header.getKey(), header.getValue());
        }
      }
    }
  }

  private static void writeOperations(RawLayer layer, Path path) throws IOException {
    try (CSVPrinter out = printer(path, "activity", "operation")) {
      for (Map.Entry<String, String> operation :
          new java.util.TreeMap<>(layer.operations()).entrySet()) {
        out.printRecord(safe(operation.getKey()), operation.getValue());
      }
    }
  }

  private static CSVPrinter printer(Path path, String... header) throws IOException {
    Writer writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
    return new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(header).get());
  }

  private static String safe(String text) {
    return text == null ? "" : SpreadsheetSafe.cell(text);
  }
}
