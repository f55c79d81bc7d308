package sn.convergence.demo;

import static sn.convergence.demo.DemoCodes.*;
import static sn.convergence.demo.DemoOrganisations.*;

import java.time.LocalDate;
import java.util.List;

/** The programmes of the demo (demo spec, section 3; domain brief, section 4). */
final class DemoInterventions {

  private DemoInterventions() {}

  static List<DemoIntervention> all() {
    return List.of(
        of(
            PNBSF,
            "Programme national de bourses de sécurité familiale (PNBSF)",
            "Transfert monétaire conditionnel de 25 000 XOF par trimestre (35 000 XOF à partir de"
                + " 2024) aux ménages extrêmement pauvres ayant des enfants.",
            List.of(CASH_PNBSF),
            CASH,
            List.of(EXTREME_POOR_HOUSEHOLDS, HOUSEHOLDS_WITH_CHILDREN),
            date(2013, 9),
            null,
            ONGOING,
            INSTITUTIONALISATION,
            p(DGPSN, GOVERNMENT_LEAD),
            p(WORLD_BANK, FUNDER),
            p(LA_LUMIERE, IMPLEMENTER),
            p(CARITAS, IMPLEMENTER),
            p(UNICEF, PARTNER)),
        of(
            RNU,
            "Registre national unique (RNU)",
            "Registre des ménages pauvres et vulnérables utilisé pour le ciblage des programmes"
                + " sociaux.",
            List.of(REGISTRY_RNU),
            SERVICE,
            List.of(EXTREME_POOR_HOUSEHOLDS),
            date(2014, 7),
            null,
            ONGOING,
            INSTITUTIONALISATION,
            p(DRNU, GOVERNMENT_LEAD),
            p(WORLD_BANK, FUNDER)),
        of(
            YKK,
            "Yokk Koom Koom – inclusion productive",
            "Subvention productive de 150 000 XOF, formation à la micro-entreprise, coaching et"
                + " groupes d'épargne (AVEC) pour les ménages bénéficiaires du PNBSF.",
            List.of(GRADUATION_YKK),
            MIXED,
            List.of(EXTREME_POOR_HOUSEHOLDS, WOMEN),
            date(2018, 1),
            null,
            ONGOING,
            EXTENSION,
            p(DGPSN, GOVERNMENT_LEAD),
            p(WORLD_BANK, FUNDER)),
        of(
            CASH_2022,
            "Transferts monétaires exceptionnels 2022",
            "Transfert unique de 80 000 XOF par ménage inscrit au RNU, par monnaie électronique.",
            List.of(CASH_EXCEPTIONAL),
            CASH,
            List.of(EXTREME_POOR_HOUSEHOLDS),
            date(2022, 5),
            LocalDate.of(2022, 7, 31),
            COMPLETED,
            null,
            p(MDCEST, GOVERNMENT_LEAD),
            p(DGPSN, IMPLEMENTER),
            p(WORLD_BANK, FUNDER)),
        of(
            COVID_KITS,
            "Aide alimentaire COVID-19 (kits alimentaires 2020)",
            "Kit alimentaire d'environ 66 000 XOF aux ménages du RNU et des listes communautaires.",
            List.of(FOOD_IN_KIND),
            IN_KIND,
            List.of(FOOD_INSECURE_HOUSEHOLDS, EXTREME_POOR_HOUSEHOLDS),
            date(2020, 4),
            LocalDate.of(2020, 7, 31),
            COMPLETED,
            null,
            p(MDCEST, GOVERNMENT_LEAD),
            p(CSA, IMPLEMENTER)),
        of(
            CANTEENS_WFP,
            "Cantines scolaires – PAM",
            "Repas scolaires en nature, bons d'achat de produits frais et achats locaux dans les"
                + " écoles élémentaires rurales.",
            List.of(SCHOOL_CANTEEN, SCHOOL_VOUCHER, SCHOOL_LOCAL_PURCHASE),
            MIXED,
            List.of(PUPILS_GROUP),
            date(2013, 10),
            null,
            ONGOING,
            CONSOLIDATION,
            p(MEN_DCAS, GOVERNMENT_LEAD),
            p(WFP, IMPLEMENTER)),
        of(
            CANTEENS_USDA,
            "Cantines scolaires – Counterpart International (USDA), Saint-Louis",
            "Repas scolaires en nature dans la région de Saint-Louis.",
            List.of(SCHOOL_CANTEEN),
            IN_KIND,
            List.of(PUPILS_GROUP),
            date(2019, 10),
            LocalDate.of(2024, 7, 31),
            COMPLETED,
            CONSOLIDATION,
            p(MEN_DCAS, GOVERNMENT_LEAD),
            p(COUNTERPART, IMPLEMENTER),
            p(USDA, FUNDER)),
        of(
            CANTEENS_GPE,
            "Cantines scolaires COVID-19 (GPE/AFD)",
            "Cantines de riposte à la COVID-19 pour l'année scolaire 2020/2021.",
            List.of(SCHOOL_CANTEEN),
            IN_KIND,
            List.of(PUPILS_GROUP),
            date(2020, 10),
            LocalDate.of(2021, 7, 31),
            COMPLETED,
            null,
            p(MEN_DCAS, GOVERNMENT_LEAD),
            p(GPE, FUNDER),
            p(AFD, FUNDER)),
        of(
            CANTEENS_LOCAL,
            "Cantines scolaires des collectivités territoriales",
            "Cantines cofinancées par les conseils départementaux, avec achats locaux.",
            List.of(SCHOOL_CANTEEN, SCHOOL_LOCAL_PURCHASE),
            IN_KIND,
            List.of(PUPILS_GROUP),
            date(2021, 10),
            null,
            ONGOING,
            PILOT,
            p(CD_MATAM, FUNDER),
            p(CD_BIGNONA, FUNDER),
            p(CICODEV, PARTNER)),
        of(
            R4,
            "Initiative de résilience rurale R4",
            "Création d'actifs, assurance indicielle, épargne et crédit pour les petits"
                + " producteurs.",
            List.of(R4_ASSETS, R4_INSURANCE, R4_SAVINGS_CREDIT),
            MIXED,
            List.of(SMALLHOLDER_FARMERS, FOOD_INSECURE_HOUSEHOLDS),
            date(2012, 11),
            null,
            ONGOING,
            EXTENSION,
            p(WFP, IMPLEMENTER),
            p(OXFAM, IMPLEMENTER),
            p(LA_LUMIERE, IMPLEMENTER)),
        lean(
            LEAN_DGPSN,
            "Réponse à la soudure – transferts monétaires DGPSN",
            List.of(CASH_LEAN_SEASON),
            CASH,
            p(SE_CNSA, GOVERNMENT_LEAD),
            p(DGPSN, IMPLEMENTER)),
        lean(
            LEAN_WFP,
            "Réponse à la soudure – assistance monétaire et bons du PAM",
            List.of(CASH_LEAN_SEASON, FOOD_VOUCHER),
            MIXED,
            p(SE_CNSA, GOVERNMENT_LEAD),
            p(WFP, IMPLEMENTER)),
        lean(
            LEAN_FSN,
            "Réponse à la soudure – programme monétaire du FSN",
            List.of(CASH_LEAN_SEASON),
            CASH,
            p(SE_CNSA, GOVERNMENT_LEAD),
            p(FSN, IMPLEMENTER)),
        lean(
            LEAN_NGO,
            "Réponse à la soudure – vivres de Caritas",
            List.of(FOOD_IN_KIND),
            IN_KIND,
            p(SE_CNSA, GOVERNMENT_LEAD),
            p(CARITAS, IMPLEMENTER)),
        of(
            CMU,
            "Couverture maladie universelle (CMU)",
            "Mutuelles de santé communautaires, gratuités et subventions des cotisations des"
                + " ménages du PNBSF.",
            List.of(HEALTH_CMU),
            SERVICE,
            List.of(GENERAL_POPULATION, ELDERLY),
            date(2013, 9),
            null,
            ONGOING,
            INSTITUTIONALISATION,
            p(ANACMU, GOVERNMENT_LEAD),
            p(CD_BIGNONA, FUNDER),
            p(CICODEV, PARTNER)),
        of(
            CEC,
            "Carte d'égalité des chances",
            "Carte donnant accès aux droits des personnes handicapées (santé, bourses, transport).",
            List.of(DISABILITY_CARD),
            SERVICE,
            List.of(PERSONS_WITH_DISABILITIES),
            date(2015, 1),
            null,
            ONGOING,
            EXTENSION,
            p(MDCEST, GOVERNMENT_LEAD),
            p(WORLD_BANK, FUNDER)),
        of(
            CICODEV_OBS,
            "Observatoires citoyens de la CMU et des cantines (CICODEV)",
            "Suivi citoyen de la qualité des services de santé et des cantines scolaires.",
            List.of(CITIZEN_MONITORING),
            SERVICE,
            List.of(GENERAL_POPULATION),
            date(2016, 1),
            null,
            ONGOING,
            CONSOLIDATION,
            p(CICODEV, IMPLEMENTER)));
  }

  private static DemoIntervention lean(
      String code, String title, List<String> types, String modality, DemoParticipant... who) {
    return of(
        code,
        title,
        "Assistance aux ménages en insécurité alimentaire pendant la soudure (juin-septembre) dans"
            + " les départements en phase 3 du Cadre Harmonisé.",
        types,
        modality,
        List.of(FOOD_INSECURE_HOUSEHOLDS),
        date(2013, 6),
        null,
        ONGOING,
        CONSOLIDATION,
        who);
  }

  private static DemoIntervention of(
      String code,
      String title,
      String description,
      List<String> types,
      String modality,
      List<String> groups,
      LocalDate start,
      LocalDate end,
      String status,
      String stage,
      DemoParticipant... participants) {
    return new DemoIntervention(
        code,
        title,
        description,
        types,
        modality,
        groups,
        start,
        end,
        status,
        stage,
        List.of(participants));
  }

  private static DemoParticipant p(String acronym, String role) {
    return new DemoParticipant(acronym, role);
  }

  private static LocalDate date(int year, int month) {
    return LocalDate.of(year, month, 1);
  }
}
