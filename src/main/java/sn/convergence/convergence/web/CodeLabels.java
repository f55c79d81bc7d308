package sn.convergence.convergence.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import sn.convergence.context.ContextIndicators;
import sn.convergence.registry.Taxonomy;

/** Labels of type, family, target group and indicator codes, to name them in words. */
@Component
class CodeLabels {

  private final Taxonomy taxonomy;
  private final ContextIndicators context;

  CodeLabels(Taxonomy taxonomy, ContextIndicators context) {
    this.taxonomy = taxonomy;
    this.context = context;
  }

  Map<String, String> of(Locale locale) {
    Map<String, String> labels = new LinkedHashMap<>();
    taxonomy.types().forEach(t -> labels.put(t.code(), t.label().in(locale)));
    taxonomy.families().forEach(f -> labels.put(f.code(), f.label().in(locale)));
    taxonomy.targetGroups().forEach(g -> labels.put(g.code(), g.label().in(locale)));
    context.indicators().forEach(i -> labels.putIfAbsent(i.code(), i.label(locale)));
    return labels;
  }
}
