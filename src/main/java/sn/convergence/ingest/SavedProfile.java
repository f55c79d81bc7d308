package sn.convergence.ingest;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A column profile as saved by a user: its name, who created and last changed it, and its headers
 * (as written, in header order) with the field each maps to.
 */
public record SavedProfile(
    String name,
    Map<String, Field> headers,
    String createdBy,
    Instant createdAt,
    String updatedBy,
    Instant updatedAt) {

  public SavedProfile {
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /** The profile the staging uses. */
  public ColumnProfile toColumnProfile() {
    return new ColumnProfile(name, headers);
  }

  /** Accumulates a profile read from storage. */
  public static final class Builder {
    private final String name;
    private final String createdBy;
    private final Instant createdAt;
    private final String updatedBy;
    private final Instant updatedAt;
    private final Map<String, Field> headers = new LinkedHashMap<>();

    public Builder(
        String name, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {
      this.name = name;
      this.createdBy = createdBy;
      this.createdAt = createdAt;
      this.updatedBy = updatedBy;
      this.updatedAt = updatedAt;
    }

    public void header(String header, Field field) {
      headers.put(header, field);
    }

    public SavedProfile build() {
      return new SavedProfile(name, headers, createdBy, createdAt, updatedBy, updatedAt);
    }
  }
}
