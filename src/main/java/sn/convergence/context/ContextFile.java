package sn.convergence.context;

import java.util.Locale;

/**
 * A context file as uploaded: the name and content type the client gave, and the bytes. The format
 * is recognised from the content first: a ZIP signature is a workbook whatever its name.
 */
public record ContextFile(String name, String contentType, byte[] content) {

  static final String XLSX_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** The formats the upload reads; {@code LEGACY_XLS} is recognised only to be refused clearly. */
  public enum Format {
    CSV,
    XLSX,
    LEGACY_XLS
  }

  public ContextFile {
    name = name == null ? "" : name;
    contentType = contentType == null ? "" : contentType;
    content = content == null ? new byte[0] : content;
  }

  /**
   * XLSX when the bytes start with a ZIP signature, or when the name or content type says XLSX (a
   * damaged workbook is then reported as one); an Excel 97-2003 file by its OLE2 signature; CSV
   * otherwise.
   */
  public Format format() {
    if (startsWith(0x50, 0x4B, 0x03, 0x04) || startsWith(0x50, 0x4B, 0x05, 0x06)) {
      return Format.XLSX;
    }
    if (startsWith(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return Format.LEGACY_XLS;
    }
    boolean namedXlsx = name.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    boolean typedXlsx = contentType.toLowerCase(Locale.ROOT).startsWith(XLSX_TYPE);
    return namedXlsx || typedXlsx ? Format.XLSX : Format.CSV;
  }

  private boolean startsWith(int... signature) {
    if (content.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((content[i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }
}
