package sn.convergence.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContextFileTest {

  private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00};
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };
  private static final byte[] TEXT =
      "indicator,pcode,year,value,source\n".getBytes(StandardCharsets.UTF_8);

  @Test
  void recognisesAWorkbookByItsZipSignatureWhateverItsNameAndType() {
    assertThat(new ContextFile("context.csv", "text/csv", ZIP).format())
        .isEqualTo(ContextFile.Format.XLSX);
    assertThat(new ContextFile(null, null, ZIP).format()).isEqualTo(ContextFile.Format.XLSX);
  }

  @Test
  void takesAFileNamedOrTypedAsXlsxForAWorkbookEvenWithoutTheSignature() {
    assertThat(new ContextFile("Context.XLSX", "application/octet-stream", TEXT).format())
        .isEqualTo(ContextFile.Format.XLSX);
    assertThat(new ContextFile("context", ContextFile.XLSX_TYPE, TEXT).format())
        .isEqualTo(ContextFile.Format.XLSX);
  }

  @Test
  void recognisesAnExcel97WorkbookToRefuseIt() {
    assertThat(new ContextFile("context.xls", "application/vnd.ms-excel", OLE2).format())
        .isEqualTo(ContextFile.Format.LEGACY_XLS);
  }

  @Test
  void readsAnythingElseAsCsv() {
    assertThat(new ContextFile("context.txt", "text/plain", TEXT).format())
        .isEqualTo(ContextFile.Format.CSV);
    assertThat(new ContextFile("empty.csv", "text/csv", new byte[0]).format())
        .isEqualTo(ContextFile.Format.CSV);
  }
}
