package sn.convergence.ingest;

import java.time.Instant;
import sn.convergence.ingest.commit.ImportOptions;

/**
 * One file sent to the import, with who sent it and when, its options, status and last report.
 * Every coverage fact and intervention the batch created points to its id.
 */
public record ImportBatch(
    long id,
    String sourceName,
    SourceFile.Format format,
    String sha256,
    long sizeBytes,
    BatchStatus status,
    ImportOptions options,
    String createdBy,
    Instant createdAt,
    String committedBy,
    Instant committedAt,
    String undoneBy,
    Instant undoneAt,
    BatchReport report,
    BatchMessage message) {}
