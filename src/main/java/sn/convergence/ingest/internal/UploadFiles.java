package sn.convergence.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Uploaded import files under {@code <data-dir>/imports}, one per batch, kept until the batch is
 * committed or undone so that a preview and its commit read the same bytes.
 */
@Component
public class UploadFiles {

  private final Path directory;
  private final long maxBytes;

  UploadFiles(
      @Value("${convergence.data-dir:./data}") String dataDir,
      @Value("${convergence.imports.max-bytes:104857600}") long maxBytes) {
    this.directory = Path.of(dataDir, "imports");
    this.maxBytes = maxBytes;
  }

  /** A received file: where it waits, its size and SHA-256, and its first bytes. */
  public record Received(Path temporary, long size, String sha256, byte[] head) {}

  /** Copies the content to a temporary file; refuses (deleting it) content over the size limit. */
  public Received receive(InputStream content) {
    try {
      Files.createDirectories(directory);
      Path temporary = Files.createTempFile(directory, "upload-", ".part");
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      long size = 0;
      byte[] head = new byte[0];
      try (InputStream in = new DigestInputStream(content, sha);
          OutputStream out = Files.newOutputStream(temporary)) {
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          if (head.length == 0 && n > 0) {
            head = java.util.Arrays.copyOf(buffer, Math.min(n, 512));
          }
          size += n;
          if (size > maxBytes) {
            out.close();
            Files.deleteIfExists(temporary);
            throw new IllegalArgumentException(
                "File larger than the import limit of " + maxBytes / (1024 * 1024) + " MB");
          }
          out.write(buffer, 0, n);
        }
      }
      return new Received(temporary, size, HexFormat.of().formatHex(sha.digest()), head);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public void keep(Received received, long batchId) {
    try {
      Files.move(received.temporary(), path(batchId), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void discard(Received received) {
    try {
      Files.deleteIfExists(received.temporary());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path path(long batchId) {
    return directory.resolve(batchId + ".upload");
  }

  public boolean exists(long batchId) {
    return Files.isRegularFile(path(batchId));
  }

  public void delete(long batchId) {
    try {
      Files.deleteIfExists(path(batchId));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
