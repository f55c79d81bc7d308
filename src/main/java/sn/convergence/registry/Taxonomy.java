package sn.convergence.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import sn.convergence.registry.internal.TaxonomyStore;

/**
 * The intervention taxonomy shipped as reference data (families, types, target groups). Read-only
 * at run time: it changes with the files under {@code reference/registry/}.
 */
@Service
public class Taxonomy {

  private final TaxonomyStore store;

  Taxonomy(TaxonomyStore store) {
    this.store = store;
  }

  /** Families in their display order, each with its types. */
  public List<InterventionFamily> families() {
    Map<String, List<InterventionType>> byFamily =
        types().stream()
            .collect(
                Collectors.groupingBy(
                    InterventionType::familyCode, LinkedHashMap::new, Collectors.toList()));
    return store.families().stream()
        .map(
            f ->
                new InterventionFamily(
                    f.code(), f.label(), byFamily.getOrDefault(f.code(), List.of())))
        .toList();
  }

  /** Every type, by family order then type order. */
  public List<InterventionType> types() {
    return store.types();
  }

  public Optional<InterventionType> type(String code) {
    return types().stream().filter(t -> t.code().equals(code)).findFirst();
  }

  public List<TargetGroup> targetGroups() {
    return store.targetGroups();
  }

  public Set<String> typeCodes() {
    return types().stream().map(InterventionType::code).collect(Collectors.toUnmodifiableSet());
  }

  public Set<String> targetGroupCodes() {
    return targetGroups().stream().map(TargetGroup::code).collect(Collectors.toUnmodifiableSet());
  }

  /** Type code to family code. */
  public Map<String, String> familyOfType() {
    return types().stream()
        .collect(
            Collectors.toUnmodifiableMap(InterventionType::code, InterventionType::familyCode));
  }
}
