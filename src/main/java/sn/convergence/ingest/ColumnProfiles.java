package sn.convergence.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import sn.convergence.ingest.internal.ProfileStore;
import sn.convergence.registry.InterventionPermissions;
import sn.convergence.system.NotFoundException;
import sn.convergence.system.audit.AuditAction;
import sn.convergence.system.audit.AuditTrail;

/**
 * Saved column profiles: the header texts of partners' files mapped once to import fields, chosen
 * at upload or completed from a batch's unrecognised columns, then reused by every later import.
 * Anyone who may import may read and save profiles; a profile is deleted by its creator or a
 * reviewer. Every change is audited.
 */
@Service
public class ColumnProfiles {

  static final String ENTITY = "import_profile";
  static final int MAX_NAME = 120;
  static final int MAX_HEADER = 300;
  static final int MAX_HEADERS = 200;
  static final int MAX_CSV_BYTES = 1 << 20;

  private final ProfileStore store;
  private final InterventionPermissions permissions;
  private final AuditTrail audit;
  private final Clock clock = Clock.systemUTC();

  ColumnProfiles(ProfileStore store, InterventionPermissions permissions, AuditTrail audit) {
    this.store = store;
    this.permissions = permissions;
    this.audit = audit;
  }

  @PreAuthorize(Imports.WRITERS)
  public List<SavedProfile> list() {
    return store.all();
  }

  @PreAuthorize(Imports.WRITERS)
  public Optional<SavedProfile> find(String name) {
    return name == null || name.isBlank() ? Optional.empty() : store.find(name);
  }

  /** The profile a staging uses; refused with a clear message when no profile has this name. */
  @PreAuthorize(Imports.WRITERS)
  public ColumnProfile require(String name) {
    return find(name)
        .map(SavedProfile::toColumnProfile)
        .orElseThrow(() -> new IllegalArgumentException("Unknown column profile: " + name));
  }

  /**
   * Adds these headers to the named profile (created when new); a header it already has is
   * remapped. Refused when the name or a header is blank or too long.
   */
  @PreAuthorize(Imports.WRITERS)
  @Transactional
  public SavedProfile save(String name, Map<String, Field> headers) {
    String checked = checkName(name);
    if (headers == null || headers.isEmpty()) {
      throw new IllegalArgumentException("A profile needs at least one header");
    }
    if (headers.size() > MAX_HEADERS) {
      throw new IllegalArgumentException("At most " + MAX_HEADERS + " headers per profile");
    }
    headers.forEach((header, field) -> checkHeader(header, field));
    Optional<SavedProfile> before = store.find(checked);
    store.save(checked, headers, AuditTrail.currentUser(), Instant.now(clock));
    SavedProfile after = store.find(checked).orElseThrow();
    audit.record(
        before.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE,
        ENTITY,
        after.name(),
        before.map(SavedProfile::headers).orElse(null),
        after.headers());
    return after;
  }

  /** Removes one header from a profile. */
  @PreAuthorize(Imports.WRITERS)
  @Transactional
  public SavedProfile removeHeader(String name, String header) {
    SavedProfile before = requireSaved(name);
    requireOwnerOrReviewer(before);
    if (!store.removeHeader(before.name(), header == null ? "" : header)) {
      throw new NotFoundException("Header of profile " + before.name(), header);
    }
    SavedProfile after = store.find(before.name()).orElseThrow();
    audit.record(AuditAction.UPDATE, ENTITY, after.name(), before.headers(), after.headers());
    return after;
  }

  /** Deletes a profile; only its creator or a reviewer may. Batches that used it keep its name. */
  @PreAuthorize(Imports.WRITERS)
  @Transactional
  public void delete(String name) {
    SavedProfile profile = requireSaved(name);
    requireOwnerOrReviewer(profile);
    store.delete(profile.name());
    audit.record(AuditAction.DELETE, ENTITY, profile.name(), profile.headers(), null);
  }

  /**
   * Saves the profiles of a CSV file with the columns {@code profile}, {@code header} and {@code
   * field} (UTF-8, with or without BOM; {@code ,} or {@code ;}), as the demo export's {@code
   * profils_colonnes.csv}. Every line is checked before anything is saved; a bad line refuses the
   * whole file, naming its line. Returns the number of headers saved per profile.
   */
  @PreAuthorize(Imports.WRITERS)
  @Transactional
  public Map<String, Integer> importCsv(InputStream content) {
    Map<String, Map<String, Field>> profiles = readCsv(content);
    Map<String, Integer> counts = new LinkedHashMap<>();
    profiles.forEach(
        (name, headers) -> {
          save(name, headers);
          counts.put(name, headers.size());
        });
    return counts;
  }

  private static Map<String, Map<String, Field>> readCsv(InputStream content) {
    String text = text(content);
    String first = text.lines().findFirst().orElse("");
    char separator = first.contains(";") && !first.contains(",") ? ';' : ',';
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(separator)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    Map<String, Map<String, Field>> profiles = new LinkedHashMap<>();
    try (CSVParser parser = CSVParser.parse(text, format)) {
      requireColumns(parser.getHeaderNames());
      for (CSVRecord record : parser) {
        long line = parser.getCurrentLineNumber();
        if (!record.isConsistent()) {
          throw new IllegalArgumentException("Line " + line + ": three values expected");
        }
        String name = record.get("profile");
        String header = record.get("header");
        Field field = field(record.get("field"), line);
        checkNameAt(name, line);
        checkHeaderAt(header, line);
        profiles.computeIfAbsent(name.strip(), k -> new LinkedHashMap<>()).put(header, field);
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new IllegalArgumentException("The file is not a readable CSV: " + e.getMessage());
    }
    if (profiles.isEmpty()) {
      throw new IllegalArgumentException("The file has no profile line");
    }
    return profiles;
  }

  /** The file as UTF-8 text without its BOM; refused when empty or over {@link #MAX_CSV_BYTES}. */
  private static String text(InputStream content) {
    try {
      byte[] bytes = content.readNBytes(MAX_CSV_BYTES + 1);
      if (bytes.length > MAX_CSV_BYTES) {
        throw new IllegalArgumentException("A profile file has at most 1 MB");
      }
      String text = new String(bytes, StandardCharsets.UTF_8);
      text = text.startsWith("\uFEFF") ? text.substring(1) : text;
      if (text.isBlank()) {
        throw new IllegalArgumentException("The file is empty");
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void requireColumns(List<String> names) {
    if (!names.containsAll(List.of("profile", "header", "field"))) {
      throw new IllegalArgumentException(
          "The first line must name the columns profile, header and field");
    }
  }

  private static Field field(String text, long line) {
    try {
      return Field.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Line " + line + ": unknown field \"" + text + "\"");
    }
  }

  private static void checkNameAt(String name, long line) {
    try {
      checkName(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Line " + line + ": " + e.getMessage());
    }
  }

  private static void checkHeaderAt(String header, long line) {
    try {
      checkHeader(header, Field.ORGANISATION);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Line " + line + ": " + e.getMessage());
    }
  }

  private static String checkName(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A profile needs a name");
    }
    if (name.strip().length() > MAX_NAME) {
      throw new IllegalArgumentException("A profile name has at most " + MAX_NAME + " characters");
    }
    return name.strip();
  }

  private static void checkHeader(String header, Field field) {
    if (header == null || ColumnProfile.key(header).isEmpty()) {
      throw new IllegalArgumentException("A header cannot be blank");
    }
    if (header.strip().length() > MAX_HEADER) {
      throw new IllegalArgumentException("A header has at most " + MAX_HEADER + " characters");
    }
    if (field == null) {
      throw new IllegalArgumentException("Header \"" + header.strip() + "\" needs a field");
    }
  }

  private SavedProfile requireSaved(String name) {
    return find(name).orElseThrow(() -> new NotFoundException("Column profile", name));
  }

  private void requireOwnerOrReviewer(SavedProfile profile) {
    if (!permissions.canReview() && !AuditTrail.currentUser().equals(profile.createdBy())) {
      throw new org.springframework.security.access.AccessDeniedException(
          "Only the profile's creator or a reviewer may change or delete it");
    }
  }
}
