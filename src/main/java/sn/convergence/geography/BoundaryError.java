package sn.convergence.geography;

/**
 * Why a boundary import stopped. Each constant carries the English text; the French and English
 * texts for people are in {@code messages/geography*.properties} under {@code
 * boundaries.error.<NAME>}, with the same {@code {0}}-style arguments.
 */
public enum BoundaryError {
  FILE_NOT_FOUND("File not found: {0}"),
  UNREADABLE("Cannot read {0}: {1}"),
  UNSUPPORTED_URL("Only http and https URLs can be imported: {0}"),
  FORBIDDEN_URL("The URL {0} points to a local or internal address; the API does not fetch it."),
  DOWNLOAD_FAILED("Downloading {0} failed with HTTP status {1}."),
  TOO_LARGE("The file is larger than the limit of {0} MB."),
  EMPTY("The file is empty."),
  INVALID_JSON("The file is not valid JSON (line {0}, column {1}): {2}"),
  NOT_FEATURE_COLLECTION("The file is not a GeoJSON FeatureCollection (found {0})."),
  NO_FEATURES("The FeatureCollection has no features."),
  INVALID_FEATURE("Feature {0} cannot be read: {1}"),
  UNKNOWN_SCHEMA(
      "No P-code property found: expected adm<N>_pcode (OCHA COD-AB) or shapeName (geoBoundaries)."
          + " Properties present: {0}. Name the property with --pcode-property."),
  MISSING_PROPERTY("No feature has the property {0}. Properties present: {1}."),
  LEVEL_REQUIRED("The administrative level of the file cannot be detected; give it with --level."),
  NO_MATCHING_UNITS(
      "None of the {0} features matches a known unit of level {1}; nothing was imported."
          + " Unknown: {2}. Use --create-units to create units missing from the reference table.");

  private final String english;

  BoundaryError(String english) {
    this.english = english;
  }

  /** The English message pattern, in {@link java.text.MessageFormat} syntax. */
  public String english() {
    return english;
  }

  /** The key of the message in the geography bundle. */
  public String messageKey() {
    return "boundaries.error." + name();
  }
}
