package sn.convergence.ingest.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import sn.convergence.ingest.IngestException;
import sn.convergence.ingest.IssueCode;

/**
 * Finds how a text file is encoded: a byte-order mark decides (UTF-8, UTF-16); otherwise the whole
 * file is checked as UTF-8 in one streaming pass, and invalid UTF-8 falls back to Windows-1252 (the
 * usual encoding of CSV saved by a French Excel). Binary content is refused.
 */
public final class EncodingDetector {

  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int CHUNK = 64 * 1024;

  /** The detected encoding; {@code bomLength} bytes are to be skipped before decoding. */
  public record Encoding(Charset charset, int bomLength, boolean fallback) {}

  private EncodingDetector() {}

  public static Encoding detect(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      byte[] head = in.readNBytes(CHUNK);
      if (head.length == 0) {
        throw IngestException.of(IssueCode.FILE_EMPTY);
      }
      Encoding bom = byBom(head);
      if (bom != null) {
        return bom;
      }
      refuseBinary(head);
      return isUtf8(head, in)
          ? new Encoding(StandardCharsets.UTF_8, 0, false)
          : new Encoding(WINDOWS_1252, 0, true);
    } catch (IOException e) {
      throw new IngestException(
          sn.convergence.ingest.Issue.ofFile(IssueCode.FILE_UNREADABLE, e.getMessage()), e);
    }
  }

  private static Encoding byBom(byte[] head) {
    if (head.length >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      return new Encoding(StandardCharsets.UTF_8, 3, false);
    }
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      return new Encoding(StandardCharsets.UTF_16LE, 2, false);
    }
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      return new Encoding(StandardCharsets.UTF_16BE, 2, false);
    }
    return null;
  }

  private static void refuseBinary(byte[] head) {
    for (byte b : head) {
      if (b == 0) {
        throw IngestException.of(
            IssueCode.FILE_UNREADABLE, "contenu binaire / binary content (NUL bytes)");
      }
    }
  }

  private static boolean isUtf8(byte[] head, InputStream rest) throws IOException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(CHUNK * 2);
    CharBuffer chars = CharBuffer.allocate(CHUNK * 2);
    byte[] chunk = head;
    while (chunk.length > 0) {
      bytes.put(chunk).flip();
      CoderResult result = decoder.decode(bytes, chars, false);
      if (result.isError()) {
        return false;
      }
      bytes.compact();
      chars.clear();
      chunk = rest.readNBytes(CHUNK);
    }
    bytes.flip();
    return !decoder.decode(bytes, chars, true).isError() && !decoder.flush(chars).isError();
  }
}
