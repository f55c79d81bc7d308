package sn.convergence.demo;

import static sn.convergence.demo.DemoCodes.CIVIL_SOCIETY;
import static sn.convergence.demo.DemoCodes.DONOR;
import static sn.convergence.demo.DemoCodes.GOVERNMENT;
import static sn.convergence.demo.DemoCodes.INTERNATIONAL_NGO;
import static sn.convergence.demo.DemoCodes.LOCAL_AUTHORITY;
import static sn.convergence.demo.DemoCodes.NATIONAL_NGO;
import static sn.convergence.demo.DemoCodes.UN_AGENCY;

import java.util.List;

/** The actors of the demo (demo spec, section 3); parents are listed before their children. */
final class DemoOrganisations {

  static final String MDCEST = "MDCEST";
  static final String DGPSN = "DGPSN";
  static final String DRNU = "DGPSN/DRNU";
  static final String CSA = "CSA";
  static final String SE_CNSA = "SE-CNSA";
  static final String FSN = "FSN";
  static final String ANACMU = "ANACMU";
  static final String MEN_DCAS = "MEN-DCaS";
  static final String WFP = "WFP";
  static final String UNICEF = "UNICEF";
  static final String WORLD_BANK = "WB";
  static final String OXFAM = "OXFAM";
  static final String LA_LUMIERE = "LA-LUMIERE";
  static final String CARITAS = "CARITAS";
  static final String COUNTERPART = "CPI";
  static final String CICODEV = "CICODEV";
  static final String CD_MATAM = "CD-MATAM";
  static final String CD_BIGNONA = "CD-BIGNONA";
  static final String USDA = "USDA";
  static final String GPE = "GPE";
  static final String AFD = "AFD";

  private DemoOrganisations() {}

  static List<DemoOrganisation> all() {
    return List.of(
        org(
            MDCEST,
            "Ministère du Développement communautaire, de l'Équité sociale et territoriale"
                + " (Ministère de la Famille et des Solidarités depuis 2024)",
            GOVERNMENT,
            null),
        org(
            DGPSN,
            "Délégation générale à la protection sociale et à la solidarité nationale",
            GOVERNMENT,
            MDCEST),
        org(DRNU, "Direction du Registre national unique", GOVERNMENT, DGPSN),
        org(CSA, "Commissariat à la sécurité alimentaire", GOVERNMENT, MDCEST),
        org(
            SE_CNSA,
            "Secrétariat exécutif du Conseil national de sécurité alimentaire",
            GOVERNMENT,
            null),
        org(FSN, "Fonds de solidarité nationale", GOVERNMENT, MDCEST),
        org(
            ANACMU,
            "Agence nationale de la Couverture maladie universelle (SEN-CSU)",
            GOVERNMENT,
            null),
        org(
            MEN_DCAS,
            "Ministère de l'Éducation nationale – Division des cantines scolaires",
            GOVERNMENT,
            null),
        org(WFP, "Programme alimentaire mondial (PAM)", UN_AGENCY, null),
        org(UNICEF, "Fonds des Nations unies pour l'enfance (UNICEF)", UN_AGENCY, null),
        org(WORLD_BANK, "Banque mondiale", DONOR, null),
        org(OXFAM, "Oxfam America", INTERNATIONAL_NGO, null),
        org(LA_LUMIERE, "La Lumière", NATIONAL_NGO, null),
        org(CARITAS, "Caritas Sénégal", NATIONAL_NGO, null),
        org(COUNTERPART, "Counterpart International", INTERNATIONAL_NGO, null),
        org(
            CICODEV,
            "CICODEV Africa – Institut panafricain pour la citoyenneté, les consommateurs et le"
                + " développement",
            CIVIL_SOCIETY,
            null),
        org(CD_MATAM, "Conseil départemental de Matam", LOCAL_AUTHORITY, null),
        org(CD_BIGNONA, "Conseil départemental de Bignona", LOCAL_AUTHORITY, null),
        org(USDA, "Département de l'Agriculture des États-Unis (USDA)", DONOR, null),
        org(GPE, "Partenariat mondial pour l'éducation (GPE)", DONOR, null),
        org(AFD, "Agence française de développement", DONOR, null));
  }

  private static DemoOrganisation org(String acronym, String name, String type, String parent) {
    return new DemoOrganisation(acronym, name, type, parent);
  }
}
