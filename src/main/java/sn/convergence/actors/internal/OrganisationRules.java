package sn.convergence.actors.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import sn.convergence.actors.OrganisationDraft;
import sn.convergence.actors.OrganisationId;
import sn.convergence.system.FieldViolation;

/**
 * Checks an organisation draft and returns every violation at once. Pure: the caller says which
 * organisations exist and what each one's parent is.
 */
public final class OrganisationRules {

  private OrganisationRules() {}

  /**
   * @param self the organisation being updated, null on create
   * @param exists whether an organisation id is stored
   * @param parentOf the stored parent of an organisation (null when none), to detect cycles
   */
  public static List<FieldViolation> check(
      OrganisationDraft draft,
      OrganisationId self,
      Predicate<OrganisationId> exists,
      java.util.function.Function<OrganisationId, OrganisationId> parentOf) {
    List<FieldViolation> violations = new ArrayList<>();
    text(violations, "acronym", draft.acronym(), 40, true);
    text(violations, "name", draft.name(), 300, true);
    text(violations, "iatiIdentifier", draft.iatiIdentifier(), 120, false);
    if (draft.type() == null) {
      violations.add(new FieldViolation("type", "required", "An organisation type is required"));
    }
    if (draft.parent() != null) {
      if (!exists.test(draft.parent())) {
        violations.add(new FieldViolation("parentId", "unknown", "Unknown parent organisation"));
      } else if (self != null && createsCycle(self, draft.parent(), parentOf)) {
        violations.add(
            new FieldViolation("parentId", "cycle", "An organisation cannot be its own ancestor"));
      }
    }
    return violations;
  }

  private static boolean createsCycle(
      OrganisationId self,
      OrganisationId parent,
      java.util.function.Function<OrganisationId, OrganisationId> parentOf) {
    OrganisationId current = parent;
    for (int depth = 0; current != null && depth < 100; depth++) {
      if (current.equals(self)) {
        return true;
      }
      current = parentOf.apply(current);
    }
    return false;
  }

  private static void text(
      List<FieldViolation> violations, String field, String value, int max, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        violations.add(new FieldViolation(field, "required", "This field is required"));
      }
    } else if (value.strip().length() > max) {
      violations.add(
          new FieldViolation(field, "too_long", "At most " + max + " characters are allowed"));
    }
  }
}
