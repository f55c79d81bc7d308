package sn.convergence.registry;

import java.util.List;

/**
 * Everything a department (or any unit) fact sheet shows for one year: the presence figures of the
 * rows reported in the unit or inside it, the interventions with their types, families, target
 * groups and actors, the distinct actors with their roles, the target groups reached, and apart the
 * rows reported for a wider unit that contains it (e.g. a region-wide row), which are not split.
 */
public record UnitFiche(
    String pcode,
    String name,
    String level,
    int year,
    UnitPresence presence,
    List<FicheIntervention> interventions,
    List<FicheActor> actors,
    List<TargetGroup> targetGroups,
    List<UnitPresence> widerRows) {

  /** One intervention present in the unit. */
  public record FicheIntervention(
      String code,
      String title,
      List<String> types,
      List<String> families,
      Modality modality,
      InterventionStatus status,
      List<String> targetGroups,
      List<String> actors) {}

  /** One organisation present in the unit, with the roles it plays there. */
  public record FicheActor(String acronym, String name, String type, List<String> roles) {}
}
