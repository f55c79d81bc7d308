package sn.convergence.ingest.export;

import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;

/** The formats exports are written in, named by their file extension. */
public enum ExportFormat {
  CSV,
  XLSX,
  GEOJSON;

  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format named by a file extension (case-insensitive); empty when none is. */
  public static Optional<ExportFormat> ofExtension(String extension) {
    for (ExportFormat format : values()) {
      if (format.extension().equalsIgnoreCase(extension)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /** A table writer for CSV or XLSX; GeoJSON is not a table. */
  TableWriter table(OutputStream out, String sheetName) {
    return switch (this) {
      case CSV -> TableWriter.csv(out);
      case XLSX -> TableWriter.xlsx(out, sheetName);
      case GEOJSON -> throw new IllegalArgumentException("GeoJSON is not a table format");
    };
  }
}
