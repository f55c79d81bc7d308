package sn.convergence.ingest;

import java.nio.charset.StandardCharsets;

/**
 * The format of an uploaded file from its first bytes (a ZIP signature is a workbook, XML is an
 * IATI file), falling back to its name's extension; anything else is read as CSV text.
 */
final class FormatSniffer {

  private FormatSniffer() {}

  static SourceFile.Format format(byte[] head, String name) {
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return SourceFile.Format.XLSX;
    }
    String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
    if (text.startsWith("<?xml")
        || text.startsWith("<iati-activities")
        || text.startsWith("<!DOCTYPE")) {
      return SourceFile.Format.IATI_XML;
    }
    String lower = name == null ? "" : name.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".xlsx")) {
      return SourceFile.Format.XLSX;
    }
    return SourceFile.Format.CSV;
  }
}
