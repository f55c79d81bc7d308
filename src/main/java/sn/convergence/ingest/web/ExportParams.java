package sn.convergence.ingest.web;

import java.util.List;
import sn.convergence.actors.Organisation;
import sn.convergence.actors.OrganisationId;
import sn.convergence.actors.Organisations;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.PCode;
import sn.convergence.registry.InterventionStatus;
import sn.convergence.system.FieldViolation;
import sn.convergence.system.ValidationFailedException;
import sn.convergence.system.web.QueryParams;

/**
 * Reads the filter parameters of the export endpoints as the intervention list and the presence API
 * do: blank means absent; an organisation by id or acronym; a value that names nothing (an unknown
 * organisation, status or level, a malformed P-code) is refused with 400 before anything is
 * written.
 */
final class ExportParams {

  private ExportParams() {}

  static OrganisationId organisation(String text, Organisations organisations) {
    String value = QueryParams.text(text);
    if (value == null) {
      return null;
    }
    Long id = QueryParams.digits(value, 12);
    if (id != null) {
      return OrganisationId.of(id);
    }
    return organisations
        .findByAcronym(value)
        .map(Organisation::id)
        .orElseThrow(() -> invalid("organisation", "Unknown organisation: " + value));
  }

  static InterventionStatus status(String text) {
    String value = QueryParams.text(text);
    if (value == null) {
      return null;
    }
    InterventionStatus status = InterventionStatus.parse(value);
    if (status == null) {
      throw invalid("status", "Unknown status: " + value);
    }
    return status;
  }

  static PCode pcode(String text) {
    String value = QueryParams.text(text);
    if (value == null) {
      return null;
    }
    if (!PCode.looksLike(value)) {
      throw invalid("pcode", "Not a P-code: " + value);
    }
    return PCode.of(value.toUpperCase(java.util.Locale.ROOT));
  }

  static AdminLevel level(String text) {
    AdminLevel level =
        AdminLevel.parse(QueryParams.text(text) == null ? "DEPARTMENT" : text.strip())
            .orElseThrow(() -> invalid("level", "Unknown level: " + text));
    if (level != AdminLevel.REGION && level != AdminLevel.DEPARTMENT) {
      throw invalid("level", "Presence is exported by REGION or DEPARTMENT");
    }
    return level;
  }

  private static ValidationFailedException invalid(String field, String message) {
    return new ValidationFailedException(List.of(new FieldViolation(field, "unknown", message)));
  }
}
