package sn.convergence.ingest.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import sn.convergence.ingest.IngestException;
import sn.convergence.ingest.Issue;
import sn.convergence.ingest.IssueCode;
import sn.convergence.ingest.RawRow;

/**
 * Streams an XLSX workbook sheet by sheet with POI's SAX event API: rows go to the sink as they are
 * parsed, never a whole sheet in memory. Zip-bomb limits are set for every package POI opens in
 * this application: compression ratio at most 1:100, entries at most {@value #MAX_ENTRY_BYTES}
 * bytes, at most 1,000 entries. Exported formula errors arrive as their Excel text ("#REF!").
 */
public final class XlsxSheetReader {

  static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;

  static {
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    ZipSecureFile.setMaxFileCount(1_000);
  }

  /** Reads every sheet into the sink. */
  public void read(Path path, RowSink sink) {
    read(path, sink, Integer.MAX_VALUE);
  }

  /**
   * Reads the first sheet only, and stops as soon as the sink no longer {@linkplain
   * RowSink#wantsMore() wants rows}.
   */
  public void readFirstSheet(Path path, RowSink sink) {
    read(path, sink, 1);
  }

  private void read(Path path, RowSink sink, int maxSheets) {
    try {
      if (Files.size(path) == 0) {
        throw IngestException.of(IssueCode.FILE_EMPTY);
      }
    } catch (IOException e) {
      throw unreadable(e);
    }
    try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      SharedStrings strings = reader.getSharedStringsTable();
      StylesTable styles = reader.getStylesTable();
      XSSFReader.SheetIterator sheets = reader.getSheetIterator();
      for (int read = 0; read < maxSheets && sheets.hasNext(); read++) {
        try (InputStream sheet = sheets.next()) {
          String name = sheets.getSheetName();
          sink.startSheet(name);
          parseSheet(sheet, name, styles, strings, sink);
          sink.endSheet();
        }
      }
    } catch (IngestException e) {
      throw e;
    } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
      if (!stopped(e)) {
        throw isBomb(e) ? tooLarge(e) : unreadable(e);
      }
    }
  }

  /** Whether the failure is the sink asking to stop (however the XML parser wrapped it). */
  private static boolean stopped(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof StopReading) {
        return true;
      }
    }
    return false;
  }

  private static void parseSheet(
      InputStream sheet, String name, StylesTable styles, SharedStrings strings, RowSink sink)
      throws IOException, SAXException {
    XMLReader parser;
    try {
      parser = XMLHelper.newXMLReader();
    } catch (javax.xml.parsers.ParserConfigurationException e) {
      throw new IOException(e);
    }
    RowCollector collector = new RowCollector(name, sink);
    parser.setContentHandler(
        new XSSFSheetXMLHandler(styles, strings, collector, new PlainDataFormatter(), false));
    parser.parse(new InputSource(sheet));
  }

  private static boolean isBomb(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (message.contains("zip bomb")
          || message.contains("max entry size")
          || message.contains("maximum")
          || message.contains("max file count")) {
        return true;
      }
    }
    return false;
  }

  private static IngestException tooLarge(Exception e) {
    return new IngestException(Issue.ofFile(IssueCode.FILE_TOO_LARGE, "zip bomb?"), e);
  }

  private static IngestException unreadable(Exception e) {
    String detail =
        e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    return new IngestException(Issue.ofFile(IssueCode.FILE_UNREADABLE, detail), e);
  }

  /** Turns SAX cell events into rows with blanks filled in. */
  private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final String sheet;
    private final RowSink sink;
    private final List<String> cells = new ArrayList<>();

    RowCollector(String sheet, RowSink sink) {
      this.sheet = sheet;
      this.sink = sink;
    }

    @Override
    public void startRow(int rowNum) {
      cells.clear();
    }

    @Override
    public void endRow(int rowNum) {
      sink.row(new RawRow(sheet, rowNum + 1, cells));
      if (!sink.wantsMore()) {
        throw new StopReading();
      }
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int column = reference == null ? cells.size() : new CellReference(reference).getCol();
      while (cells.size() < column) {
        cells.add("");
      }
      String text = value == null ? "" : value;
      cells.add(text.startsWith("ERROR:") ? text.substring("ERROR:".length()) : text);
    }
  }

  /** Ends the SAX parse early when the sink has what it wants; not an error. */
  private static final class StopReading extends RuntimeException {
    StopReading() {
      super("stop", null, false, false);
    }
  }
}
