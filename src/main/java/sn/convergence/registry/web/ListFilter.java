package sn.convergence.registry.web;

import org.springframework.web.util.UriComponentsBuilder;
import sn.convergence.actors.OrganisationId;
import sn.convergence.geography.PCode;
import sn.convergence.registry.InterventionQuery;
import sn.convergence.registry.InterventionStatus;
import sn.convergence.system.web.QueryParams;

/**
 * The list page's query parameters as typed. Values that cannot be read (an unknown status, a year
 * that is not a number) are ignored rather than refused: a page shows results, never a 400.
 */
public record ListFilter(
    String q,
    String family,
    String type,
    String organisation,
    String targetGroup,
    String status,
    String pcode,
    String year,
    String page) {

  static final int PAGE_SIZE = 25;

  InterventionQuery toQuery() {
    return new InterventionQuery(
        QueryParams.text(q),
        QueryParams.text(family),
        QueryParams.text(type),
        number(organisation) == null ? null : OrganisationId.of(number(organisation)),
        QueryParams.text(targetGroup),
        QueryParams.text(status) == null ? null : InterventionStatus.parse(status),
        PCode.looksLike(pcode) ? PCode.of(pcode) : null,
        number(year) == null ? null : Math.toIntExact(Math.min(number(year), 9999)));
  }

  /** The page number counted from 0. */
  int pageIndex() {
    Long n = number(page);
    return n == null ? 0 : (int) Math.max(0, Math.min(n, 100_000));
  }

  /** The list URL with these filters and the given page (0-based), for pagination links. */
  public String link(int pageIndex) {
    UriComponentsBuilder b = UriComponentsBuilder.fromPath("/interventions");
    QueryParams.add(b, "q", q);
    QueryParams.add(b, "family", family);
    QueryParams.add(b, "type", type);
    QueryParams.add(b, "organisation", organisation);
    QueryParams.add(b, "targetGroup", targetGroup);
    QueryParams.add(b, "status", status);
    QueryParams.add(b, "pcode", pcode);
    QueryParams.add(b, "year", year);
    if (pageIndex > 0) {
      b.queryParam("page", pageIndex);
    }
    return b.encode().build().toUriString();
  }

  private static Long number(String value) {
    return QueryParams.digits(value, 12);
  }
}
