package sn.convergence.geography;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import sn.convergence.geography.internal.AdminUnitStore;

/**
 * The geography module's entry point: units by level, parent and date, one unit with its
 * neighbours, and name resolution. Reads come from an in-memory snapshot that is rebuilt whenever
 * units, aliases or adjacency change through this class or a boundary import.
 */
@Service
public class AdminUnits {

  private final AdminUnitStore store;
  private volatile Snapshot snapshot;

  /** An immutable view of the reference data. */
  private record Snapshot(
      Map<PCode, AdminUnit> units, Map<PCode, List<PCode>> adjacency, NameResolver resolver) {}

  public AdminUnits(AdminUnitStore store) {
    this.store = store;
  }

  /** Units of a level, optionally inside a parent and valid on a date (null: today), by P-code. */
  public List<AdminUnit> list(AdminLevel level, PCode parent, LocalDate validOn) {
    return snapshot().units().values().stream()
        .filter(u -> level == null || u.level() == level)
        .filter(u -> parent == null || (!u.pcode().equals(parent) && u.isWithin(parent)))
        .filter(u -> u.isValidOn(validOn))
        .sorted(Comparator.comparing(AdminUnit::pcode))
        .toList();
  }

  /** Every unit ever defined, whatever its validity. */
  public List<AdminUnit> all() {
    return List.copyOf(snapshot().units().values());
  }

  public Optional<AdminUnit> find(PCode pcode) {
    return Optional.ofNullable(snapshot().units().get(pcode));
  }

  /** The unit's chain of ancestors, from the country down to its parent. */
  public List<AdminUnit> ancestors(PCode pcode) {
    return find(pcode).stream()
        .flatMap(u -> java.util.Arrays.stream(u.path().split("/")))
        .map(PCode::of)
        .filter(p -> !p.equals(pcode))
        .map(p -> snapshot().units().get(p))
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  /** Same-level neighbours: computed from boundaries when imported, otherwise declared. */
  public List<PCode> neighbours(PCode pcode) {
    return snapshot().adjacency().getOrDefault(pcode, List.of());
  }

  /** The adjacency graph of all units, for contiguity analyses. */
  public Map<PCode, List<PCode>> adjacency() {
    return snapshot().adjacency();
  }

  /** The resolver over the current units and aliases (imports stage whole files with it). */
  public NameResolver resolver() {
    return snapshot().resolver();
  }

  public Resolution resolve(ResolveQuery query) {
    return snapshot().resolver().resolve(query);
  }

  /** Remembers a spelling confirmed by a user so that later imports resolve it directly. */
  @Transactional
  public void confirmAlias(PCode pcode, String alias) {
    if (find(pcode).isEmpty()) {
      throw new IllegalArgumentException("Unknown P-code " + pcode);
    }
    store.addAlias(new AdminUnitAlias(pcode, alias.strip(), AliasKind.USER, null, null));
    refresh();
  }

  /** Drops the snapshot; the next read loads units, aliases and adjacency again. */
  public void refresh() {
    snapshot = null;
  }

  private Snapshot snapshot() {
    Snapshot current = snapshot;
    if (current == null) {
      synchronized (this) {
        current = snapshot;
        if (current == null) {
          current = load();
          snapshot = current;
        }
      }
    }
    return current;
  }

  private Snapshot load() {
    List<AdminUnit> units = store.findAll();
    Map<PCode, AdminUnit> byCode = new java.util.LinkedHashMap<>();
    units.forEach(u -> byCode.put(u.pcode(), u));
    return new Snapshot(
        java.util.Collections.unmodifiableMap(byCode),
        store.findAdjacency(),
        new NameResolver(units, store.findAliases()));
  }
}
