package sn.convergence.actors;

/** The kind of an organisation, as used in 4W files and IATI organisation types. */
public enum OrganisationType {
  GOVERNMENT,
  LOCAL_AUTHORITY,
  UN_AGENCY,
  DONOR,
  INTERNATIONAL_NGO,
  NATIONAL_NGO,
  CIVIL_SOCIETY,
  PRIVATE,
  RESEARCH
}
