package sn.convergence.ingest;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A file handed to the import: where it is, the name the user gave it and its format. The format is
 * taken from the name's extension when not given.
 */
public record SourceFile(Path path, String name, Format format) {

  /** The formats the import reads. */
  public enum Format {
    CSV,
    XLSX,
    IATI_XML
  }

  public SourceFile {
    if (path == null) {
      throw new IllegalArgumentException("A source file needs a path");
    }
    name = name == null || name.isBlank() ? path.getFileName().toString() : name;
    format = format == null ? guess(name) : format;
  }

  public static SourceFile of(Path path) {
    return new SourceFile(path, null, null);
  }

  private static Format guess(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
      return Format.XLSX;
    }
    if (lower.endsWith(".xml")) {
      return Format.IATI_XML;
    }
    return Format.CSV;
  }
}
