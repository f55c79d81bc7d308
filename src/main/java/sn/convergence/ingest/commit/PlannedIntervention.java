package sn.convergence.ingest.commit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import sn.convergence.actors.OrganisationId;
import sn.convergence.registry.ImportedIntervention;
import sn.convergence.registry.InterventionDraft;
import sn.convergence.registry.ParticipantDraft;

/**
 * An intervention an import names, with its facts. Participants are given by acronym (known or to
 * be created) and resolved to ids at commit. {@code origin} locates it in the report.
 */
public final class PlannedIntervention {

  /** A participating organisation by acronym, with its registry role. */
  public record Participant(String acronym, String role) {}

  private final String code;
  private final String title;
  private final String description;
  private final List<String> types;
  private final List<Participant> participants;
  private final List<String> targetGroups;
  private final String status;
  private final String source;
  private final sn.convergence.ingest.Issue.Location origin;
  private final Map<String, PlannedFact> facts = new LinkedHashMap<>();

  public PlannedIntervention(
      String code,
      String title,
      String description,
      List<String> types,
      List<Participant> participants,
      List<String> targetGroups,
      String status,
      String source,
      sn.convergence.ingest.Issue.Location origin) {
    this.code = code;
    this.title = title;
    this.description = description;
    this.types = List.copyOf(types);
    this.participants = List.copyOf(participants);
    this.targetGroups = List.copyOf(targetGroups);
    this.status = status;
    this.source = source;
    this.origin = origin;
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  public sn.convergence.ingest.Issue.Location origin() {
    return origin;
  }

  public List<Participant> participants() {
    return participants;
  }

  public Collection<PlannedFact> facts() {
    return facts.values();
  }

  /** Adds a fact; returns the fact already there with the same identity, if any (then merged). */
  PlannedFact add(PlannedFact fact) {
    String key = fact.key();
    PlannedFact existing = facts.putIfAbsent(key, fact);
    if (existing == null) {
      return null;
    }
    if (fact.source() != null && !Objects.equals(existing.source(), fact.source())) {
      facts.put(key, existing.withSource(fact.source()));
    }
    return existing;
  }

  /** Adds a part of a fact already planned (a commune of its department): figures add up. */
  void addPart(PlannedFact part) {
    PlannedFact whole = facts.get(part.key());
    facts.put(part.key(), whole == null ? part : whole.plus(part));
  }

  /**
   * The fact is one the registry holds under {@code periodLabel} from another source: it takes that
   * label and names that source too ("ours; theirs"), so that the registry keeps one fact with both
   * sources.
   */
  public void joinReported(PlannedFact fact, String periodLabel, String otherSource) {
    PlannedFact current = facts.remove(fact.key());
    if (current == null) {
      return;
    }
    PlannedFact joined = current.withPeriodLabel(periodLabel);
    if (otherSource != null
        && !otherSource.isBlank()
        && (joined.source() == null || !joined.source().contains(otherSource))) {
      joined = joined.withSource(otherSource);
    }
    facts.putIfAbsent(joined.key(), joined);
  }

  /** The registry's view, with organisation ids found by acronym. */
  public ImportedIntervention toImported(Map<String, OrganisationId> organisations) {
    List<ParticipantDraft> drafts = new ArrayList<>();
    for (Participant p : participants) {
      OrganisationId id = organisations.get(TextKey.of(p.acronym()));
      drafts.add(new ParticipantDraft(id == null ? null : id.value(), p.role()));
    }
    LocalDate start =
        facts.values().stream()
            .map(PlannedFact::start)
            .filter(Objects::nonNull)
            .min(LocalDate::compareTo)
            .orElse(null);
    LocalDate end =
        facts.values().stream()
            .map(PlannedFact::end)
            .filter(Objects::nonNull)
            .max(LocalDate::compareTo)
            .orElse(null);
    InterventionDraft draft =
        new InterventionDraft(
            code,
            title,
            description,
            types,
            null,
            null,
            null,
            targetGroups,
            start,
            end,
            status,
            null,
            null,
            drafts,
            List.of(),
            source,
            false);
    return new ImportedIntervention(
        draft, facts.values().stream().map(PlannedFact::toDraft).toList());
  }
}
