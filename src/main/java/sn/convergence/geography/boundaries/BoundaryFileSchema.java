package sn.convergence.geography.boundaries;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.BoundaryError;
import sn.convergence.geography.BoundaryImportException;
import sn.convergence.geography.BoundaryImportOptions;

/**
 * How a boundary file names things: its format, level and the property keys (as spelled in the
 * file) of the P-code, the name and the parent P-code. {@code nameKey} and {@code parentKey} may be
 * null. For geoBoundaries {@code pcodeKey} is null and {@code nameKey} is {@code shapeName}.
 */
public record BoundaryFileSchema(
    Format format, AdminLevel level, String pcodeKey, String nameKey, String parentKey) {

  public enum Format {
    COD_AB,
    GEOBOUNDARIES
  }

  private static final Pattern COD_AB_PCODE = Pattern.compile("adm([0-9])_pcode");
  private static final String SHAPE_NAME = "shapename";
  private static final String SHAPE_TYPE = "shapetype";

  /** Detects the schema from the features' property names and the user's options. */
  public static BoundaryFileSchema detect(
      List<SourceFeature> features, BoundaryImportOptions options) {
    Map<String, String> keys = keys(features);
    if (options.pcodeProperty() != null && !options.pcodeProperty().isBlank()) {
      String pcodeKey = require(keys, options.pcodeProperty());
      AdminLevel level =
          Optional.ofNullable(options.level())
              .or(() -> levelFromPcode(features, pcodeKey))
              .orElseThrow(() -> new BoundaryImportException(BoundaryError.LEVEL_REQUIRED));
      return codAb(keys, options, level, pcodeKey);
    }
    Optional<AdminLevel> highest = highestCodAbLevel(keys);
    if (highest.isPresent()) {
      AdminLevel level = options.level() == null ? highest.get() : options.level();
      return codAb(keys, options, level, require(keys, "adm" + level.rank() + "_pcode"));
    }
    if (keys.containsKey(SHAPE_NAME)) {
      AdminLevel level =
          Optional.ofNullable(options.level())
              .or(() -> AdminLevel.parse(features.get(0).property(SHAPE_TYPE)))
              .orElseThrow(() -> new BoundaryImportException(BoundaryError.LEVEL_REQUIRED));
      String nameKey =
          options.nameProperty() == null
              ? keys.get(SHAPE_NAME)
              : require(keys, options.nameProperty());
      return new BoundaryFileSchema(Format.GEOBOUNDARIES, level, null, nameKey, null);
    }
    throw new BoundaryImportException(
        BoundaryError.UNKNOWN_SCHEMA, String.join(", ", keys.values()));
  }

  private static BoundaryFileSchema codAb(
      Map<String, String> keys, BoundaryImportOptions options, AdminLevel level, String pcodeKey) {
    int n = level.rank();
    String nameKey =
        options.nameProperty() != null
            ? require(keys, options.nameProperty())
            : first(keys, "adm" + n + "_name", "adm" + n + "_fr", "adm" + n + "_en");
    String parentKey =
        options.parentProperty() != null
            ? require(keys, options.parentProperty())
            : n == 0 ? null : first(keys, "adm" + (n - 1) + "_pcode");
    return new BoundaryFileSchema(Format.COD_AB, level, pcodeKey, nameKey, parentKey);
  }

  /** Lower-cased property name to its spelling in the file, over all features, sorted. */
  private static Map<String, String> keys(List<SourceFeature> features) {
    Map<String, String> keys = new TreeMap<>();
    for (SourceFeature feature : features) {
      for (String key : feature.properties().keySet()) {
        keys.putIfAbsent(key.toLowerCase(Locale.ROOT), key);
      }
    }
    return keys;
  }

  private static Optional<AdminLevel> highestCodAbLevel(Map<String, String> keys) {
    int highest = -1;
    for (String key : keys.keySet()) {
      Matcher matcher = COD_AB_PCODE.matcher(key);
      if (matcher.matches()) {
        highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
      }
    }
    return highest < 0 || highest > AdminLevel.COMMUNE.rank()
        ? Optional.empty()
        : Optional.of(AdminLevel.ofRank(highest));
  }

  /** COD-AB P-codes grow by two digits per level: SN is 0, SN01 is 1, SN0101 is 2. */
  private static Optional<AdminLevel> levelFromPcode(List<SourceFeature> features, String key) {
    String value = features.get(0).property(key);
    if (value == null || value.strip().length() < 2 || value.strip().length() % 2 != 0) {
      return Optional.empty();
    }
    int rank = (value.strip().length() - 2) / 2;
    return rank <= AdminLevel.COMMUNE.rank()
        ? Optional.of(AdminLevel.ofRank(rank))
        : Optional.empty();
  }

  private static String require(Map<String, String> keys, String name) {
    String key = keys.get(name.toLowerCase(Locale.ROOT));
    if (key == null) {
      throw new BoundaryImportException(
          BoundaryError.MISSING_PROPERTY, name, String.join(", ", keys.values()));
    }
    return key;
  }

  private static String first(Map<String, String> keys, String... names) {
    for (String name : names) {
      String key = keys.get(name);
      if (key != null) {
        return key;
      }
    }
    return null;
  }
}
