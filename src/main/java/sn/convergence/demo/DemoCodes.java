package sn.convergence.demo;

import java.util.List;
import java.util.Map;

/**
 * The codes the demo dataset uses, in one place so that a consumer can remap them to its own
 * taxonomy. Values are plain strings; the registry taxonomy uses the same spellings.
 */
public final class DemoCodes {

  public static final int FIRST_YEAR = 2013;
  public static final int LAST_YEAR = 2025;

  /** Organisation types. */
  public static final String GOVERNMENT = "GOVERNMENT";

  public static final String LOCAL_AUTHORITY = "LOCAL_AUTHORITY";
  public static final String UN_AGENCY = "UN_AGENCY";
  public static final String DONOR = "DONOR";
  public static final String INTERNATIONAL_NGO = "INTERNATIONAL_NGO";
  public static final String NATIONAL_NGO = "NATIONAL_NGO";
  public static final String CIVIL_SOCIETY = "CIVIL_SOCIETY";
  public static final String PRIVATE = "PRIVATE";
  public static final String RESEARCH = "RESEARCH";
  public static final List<String> ORGANISATION_TYPES =
      List.of(
          GOVERNMENT,
          LOCAL_AUTHORITY,
          UN_AGENCY,
          DONOR,
          INTERNATIONAL_NGO,
          NATIONAL_NGO,
          CIVIL_SOCIETY,
          PRIVATE,
          RESEARCH);

  /** Participant roles. */
  public static final String FUNDER = "FUNDER";

  public static final String IMPLEMENTER = "IMPLEMENTER";
  public static final String GOVERNMENT_LEAD = "GOVERNMENT_LEAD";
  public static final String PARTNER = "PARTNER";
  public static final List<String> ROLES = List.of(FUNDER, IMPLEMENTER, GOVERNMENT_LEAD, PARTNER);

  /** Intervention types. */
  public static final String CASH_PNBSF = "FAMILY_GRANT";

  public static final String CASH_EXCEPTIONAL = "EXCEPTIONAL_CASH";
  public static final String CASH_LEAN_SEASON = "LEAN_SEASON_RESPONSE";
  public static final String SCHOOL_CANTEEN = "SCHOOL_CANTEEN";
  public static final String SCHOOL_VOUCHER = "SCHOOL_VOUCHER";
  public static final String SCHOOL_LOCAL_PURCHASE = "LOCAL_PURCHASE";
  public static final String R4_ASSETS = "ASSET_CREATION";
  public static final String R4_INSURANCE = "INDEX_INSURANCE";
  public static final String R4_SAVINGS_CREDIT = "SAVINGS_CREDIT";
  public static final String FOOD_IN_KIND = "FOOD_DISTRIBUTION";
  public static final String FOOD_VOUCHER = "FOOD_VOUCHER";
  public static final String HEALTH_CMU = "MUTUAL_HEALTH_INSURANCE";
  public static final String GRADUATION_YKK = "GRADUATION";
  public static final String REGISTRY_RNU = "SOCIAL_REGISTRY_RNU";
  public static final String DISABILITY_CARD = "EQUAL_OPPORTUNITY_CARD";
  public static final String CITIZEN_MONITORING = "CITIZEN_MONITORING";
  public static final List<String> INTERVENTION_TYPES =
      List.of(
          CASH_PNBSF,
          CASH_EXCEPTIONAL,
          CASH_LEAN_SEASON,
          SCHOOL_CANTEEN,
          SCHOOL_VOUCHER,
          SCHOOL_LOCAL_PURCHASE,
          R4_ASSETS,
          R4_INSURANCE,
          R4_SAVINGS_CREDIT,
          FOOD_IN_KIND,
          FOOD_VOUCHER,
          HEALTH_CMU,
          GRADUATION_YKK,
          REGISTRY_RNU,
          DISABILITY_CARD,
          CITIZEN_MONITORING);

  /** Target groups. */
  public static final String EXTREME_POOR_HOUSEHOLDS = "EXTREMELY_POOR_HOUSEHOLDS";

  public static final String HOUSEHOLDS_WITH_CHILDREN = "HOUSEHOLDS_WITH_CHILDREN_0_12";
  public static final String PUPILS_GROUP = "PUPILS";
  public static final String SMALLHOLDER_FARMERS = "SMALLHOLDER_FARMERS";
  public static final String FOOD_INSECURE_HOUSEHOLDS = "FOOD_INSECURE_HOUSEHOLDS";
  public static final String PERSONS_WITH_DISABILITIES = "PERSONS_WITH_DISABILITIES";
  public static final String ELDERLY = "ELDERLY";
  public static final String WOMEN = "WOMEN";
  public static final String GENERAL_POPULATION = "GENERAL_POPULATION";
  public static final List<String> TARGET_GROUPS =
      List.of(
          EXTREME_POOR_HOUSEHOLDS,
          HOUSEHOLDS_WITH_CHILDREN,
          PUPILS_GROUP,
          SMALLHOLDER_FARMERS,
          FOOD_INSECURE_HOUSEHOLDS,
          PERSONS_WITH_DISABILITIES,
          ELDERLY,
          WOMEN,
          GENERAL_POPULATION);

  /** Modalities. */
  public static final String CASH = "CASH";

  public static final String IN_KIND = "IN_KIND";
  public static final String VOUCHER = "VOUCHER";
  public static final String SERVICE = "SERVICE";
  public static final String MIXED = "MIXED";
  public static final List<String> MODALITIES = List.of(CASH, IN_KIND, VOUCHER, SERVICE, MIXED);

  /** Intervention status. */
  public static final String PLANNED = "PLANNED";

  public static final String ONGOING = "ONGOING";
  public static final String COMPLETED = "COMPLETED";
  public static final String SUSPENDED = "SUSPENDED";
  public static final List<String> STATUSES = List.of(PLANNED, ONGOING, COMPLETED, SUSPENDED);

  /** Scaling stages. */
  public static final String IDEA = "IDEA";

  public static final String PILOT = "PILOT";
  public static final String CONSOLIDATION = "CONSOLIDATION";
  public static final String EXTENSION = "EXTENSION";
  public static final String INSTITUTIONALISATION = "INSTITUTIONALISATION";
  public static final String SUSTAINED = "SUSTAINED";
  public static final List<String> STAGES =
      List.of(IDEA, PILOT, CONSOLIDATION, EXTENSION, INSTITUTIONALISATION, SUSTAINED);

  /** Beneficiary units of coverage facts. */
  public static final String HOUSEHOLDS = "HOUSEHOLDS";

  public static final String PEOPLE = "PEOPLE";
  public static final String PUPILS = "PUPILS";
  public static final String SCHOOLS = "SCHOOLS";
  public static final String PARTICIPANTS = "PARTICIPANTS";
  public static final String FARMERS_INSURED = "FARMERS_INSURED";
  public static final String CARDS = "CARDS";
  public static final String GROUPS = "GROUPS";
  public static final String REPORTS = "REPORTS";
  public static final List<String> UNITS =
      List.of(
          HOUSEHOLDS,
          PEOPLE,
          PUPILS,
          SCHOOLS,
          PARTICIPANTS,
          FARMERS_INSURED,
          CARDS,
          GROUPS,
          REPORTS);

  /** Context indicators. */
  public static final String POPULATION = "POPULATION";

  public static final String HOUSEHOLD_SIZE = "HOUSEHOLD_SIZE";
  public static final String CONTEXT_HOUSEHOLDS = "HOUSEHOLDS";
  public static final String POVERTY_RATE = "POVERTY_RATE";
  public static final String CH_PHASE = "CH_PHASE";
  public static final String CMU_COVERAGE = "CMU_COVERAGE";
  public static final String RNU_HOUSEHOLDS = "RNU_HOUSEHOLDS";
  public static final String CONTEXT_SCHOOLS = "SCHOOLS";
  public static final List<String> INDICATORS =
      List.of(
          POPULATION,
          HOUSEHOLD_SIZE,
          CONTEXT_HOUSEHOLDS,
          POVERTY_RATE,
          CH_PHASE,
          CMU_COVERAGE,
          RNU_HOUSEHOLDS,
          CONTEXT_SCHOOLS);

  /** Units of context values. */
  public static final String UNIT_PERSONS = "PERSONS";

  public static final String UNIT_PERSONS_PER_HOUSEHOLD = "PERSONS_PER_HOUSEHOLD";
  public static final String UNIT_HOUSEHOLDS = "HOUSEHOLDS";
  public static final String UNIT_PERCENT = "PERCENT";
  public static final String UNIT_PHASE = "PHASE";
  public static final String UNIT_SCHOOLS = "SCHOOLS";

  /** Poverty survey rounds (period labels of POVERTY_RATE values) and their reference year. */
  public static final Map<String, Integer> POVERTY_ROUNDS =
      Map.of("2018/19", 2018, "2021/22", 2021);

  /**
   * Departments created by a split, mapped to the department that held their area before: before
   * its {@code validFrom} year, a new department's figures are reported under its predecessor.
   */
  public static final Map<String, String> PREDECESSORS = Map.of("SN0105", "SN0103");

  /** Intervention codes. */
  public static final String PNBSF = "PNBSF";

  public static final String RNU = "RNU";
  public static final String YKK = "YOKK-KOOM-KOOM";
  public static final String CASH_2022 = "TME-2022";
  public static final String COVID_KITS = "COVID19-KITS-2020";
  public static final String CANTEENS_WFP = "CANTINES-PAM";
  public static final String CANTEENS_USDA = "CANTINES-USDA-SL";
  public static final String CANTEENS_GPE = "CANTINES-GPE-COVID";
  public static final String CANTEENS_LOCAL = "CANTINES-CD";
  public static final String R4 = "R4";
  public static final String LEAN_DGPSN = "SOUDURE-DGPSN";
  public static final String LEAN_WFP = "SOUDURE-PAM";
  public static final String LEAN_FSN = "SOUDURE-FSN";
  public static final String LEAN_NGO = "SOUDURE-CARITAS";
  public static final String CMU = "CMU";
  public static final String CEC = "CEC";
  public static final String CICODEV_OBS = "OBSERVATOIRES-CICODEV";

  /** Interventions delivered by partners (not national systems): story 2 has none of them. */
  public static final List<String> PARTNER_PROGRAMMES =
      List.of(
          CANTEENS_WFP,
          CANTEENS_USDA,
          CANTEENS_GPE,
          CANTEENS_LOCAL,
          R4,
          LEAN_DGPSN,
          LEAN_WFP,
          LEAN_FSN,
          LEAN_NGO,
          CICODEV_OBS);

  /** Lean-season cash interventions (story 1 needs one of them). */
  public static final List<String> LEAN_SEASON_CASH = List.of(LEAN_DGPSN, LEAN_WFP, LEAN_FSN);

  private DemoCodes() {}
}
