package sn.convergence.ingest.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import sn.convergence.geography.ReferenceGeography;
import sn.convergence.ingest.ColumnProfile;
import sn.convergence.ingest.ExchangeColumn;
import sn.convergence.ingest.RawRow;
import sn.convergence.ingest.SourceFile;
import sn.convergence.ingest.SpreadsheetStaging;
import sn.convergence.ingest.sheet.ColumnMapping;
import sn.convergence.ingest.sheet.CsvSheetReader;
import sn.convergence.ingest.sheet.RowSink;
import sn.convergence.ingest.sheet.SheetMapper;
import sn.convergence.ingest.sheet.XlsxSheetReader;

/** Test fixture: reads a downloaded exchange file back with the import's own stages. */
public final class ExchangeFiles {

  private ExchangeFiles() {}

  /** The body saved under the name (the extension tells the format). */
  public static Path save(Path dir, String name, byte[] body) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, body);
    return file;
  }

  /** The import's staging of the file against the shipped geography. */
  public static SpreadsheetStaging.Preview stage(Path file) {
    return new SpreadsheetStaging(ReferenceGeography.resolver(), null).preview(SourceFile.of(file));
  }

  /** The column mapping the import finds in each sheet, with whether it came from HXL tags. */
  public static Map<String, SheetMapping> mappings(Path file) {
    Map<String, SheetMapping> out = new LinkedHashMap<>();
    RowSink sink =
        new RowSink() {
          private SheetMapper mapper;
          private String sheet;

          @Override
          public void startSheet(String name) {
            sheet = name;
            mapper = new SheetMapper(ColumnProfile.standard());
          }

          @Override
          public void row(RawRow row) {
            mapper.accept(row);
          }

          @Override
          public void endSheet() {
            mapper.finish();
            out.put(sheet, new SheetMapping(mapper.mapping().orElse(null), mapper.tagged()));
          }
        };
    if (file.toString().endsWith(".xlsx")) {
      new XlsxSheetReader().read(file, sink);
    } else {
      new CsvSheetReader().read(file, file.getFileName().toString(), sink);
    }
    return out;
  }

  /** A sheet's mapping; null when nothing was recognised. */
  public record SheetMapping(ColumnMapping mapping, boolean tagged) {

    /** True when every exchange column is mapped, at its position, through its hashtag. */
    public boolean mapsEveryExchangeColumnByItsTag() {
      if (mapping == null || !tagged) {
        return false;
      }
      for (ExchangeColumn column : ExchangeColumn.values()) {
        Integer index = mapping.columns().get(column.field());
        String label = mapping.label(column.field());
        if (index == null
            || index != column.ordinal()
            || !sn.convergence.ingest.sheet.HxlTag.parse(label)
                .equals(sn.convergence.ingest.sheet.HxlTag.parse(column.hxl()))) {
          return false;
        }
      }
      return true;
    }
  }
}
