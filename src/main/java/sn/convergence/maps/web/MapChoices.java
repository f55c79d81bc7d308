package sn.convergence.maps.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import sn.convergence.actors.Organisation;
import sn.convergence.actors.OrganisationQuery;
import sn.convergence.actors.Organisations;
import sn.convergence.context.ContextIndicators;
import sn.convergence.context.Indicator;
import sn.convergence.maps.ClassMethod;
import sn.convergence.maps.MeasureKind;
import sn.convergence.maps.Palette;
import sn.convergence.registry.BeneficiaryUnit;
import sn.convergence.registry.InterventionStatus;
import sn.convergence.registry.Taxonomy;

/** The options of the map's form, labelled in the reader's language. */
@Component
class MapChoices {

  /** One option: the value sent and the label shown. */
  record Option(String value, String label) {}

  /** A family of intervention types with its types. */
  record Group(String label, List<Option> options) {}

  record Choices(
      List<Integer> years,
      List<Option> measures,
      List<Option> units,
      List<Option> methods,
      List<Option> palettes,
      List<Integer> classes,
      List<Option> families,
      List<Group> types,
      List<Option> organisations,
      List<Option> targetGroups,
      List<Option> statuses) {}

  private final MessageSource messages;
  private final ContextIndicators context;
  private final Taxonomy taxonomy;
  private final Organisations organisations;

  MapChoices(
      MessageSource messages,
      ContextIndicators context,
      Taxonomy taxonomy,
      Organisations organisations) {
    this.messages = messages;
    this.context = context;
    this.taxonomy = taxonomy;
    this.organisations = organisations;
  }

  /** The options; the selected year is offered even when no coverage falls in it. */
  Choices of(List<Integer> yearsOldestFirst, int selectedYear, Locale locale) {
    java.util.TreeSet<Integer> all = new java.util.TreeSet<>(yearsOldestFirst);
    all.add(selectedYear);
    List<Integer> years = new ArrayList<>(all);
    Collections.reverse(years);
    return new Choices(
        years,
        measures(locale),
        Arrays.stream(BeneficiaryUnit.values())
            .map(u -> new Option(u.name(), msg("registry.unit." + u.name(), locale)))
            .toList(),
        Arrays.stream(ClassMethod.values())
            .map(m -> new Option(m.name(), msg("maps.method." + m.name(), locale)))
            .toList(),
        Arrays.stream(Palette.values())
            .map(p -> new Option(p.name(), msg("maps.palette." + p.name(), locale)))
            .toList(),
        List.of(2, 3, 4, 5, 6, 7),
        taxonomy.families().stream().map(f -> new Option(f.code(), f.label().in(locale))).toList(),
        taxonomy.families().stream()
            .map(
                f ->
                    new Group(
                        f.label().in(locale),
                        f.types().stream()
                            .map(t -> new Option(t.code(), t.label().in(locale)))
                            .toList()))
            .toList(),
        organisations.list(OrganisationQuery.all()).stream()
            .sorted(Comparator.comparing(Organisation::acronym, String.CASE_INSENSITIVE_ORDER))
            .map(o -> new Option(o.acronym(), o.acronym() + " – " + o.name()))
            .toList(),
        taxonomy.targetGroups().stream()
            .map(g -> new Option(g.code(), g.label().in(locale)))
            .toList(),
        Arrays.stream(InterventionStatus.values())
            .map(s -> new Option(s.name(), msg("registry.status." + s.name(), locale)))
            .toList());
  }

  private List<Option> measures(Locale locale) {
    List<Option> out = new ArrayList<>();
    for (MeasureKind kind : MeasureKind.values()) {
      if (kind != MeasureKind.CONTEXT) {
        out.add(new Option(kind.name(), msg("maps.measure." + kind.name(), locale)));
      }
    }
    for (Indicator indicator : context.indicators()) {
      out.add(
          new Option(
              "context:" + indicator.code(),
              msg("maps.measure.context", locale, indicator.label(locale))));
    }
    return out;
  }

  private String msg(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }
}
