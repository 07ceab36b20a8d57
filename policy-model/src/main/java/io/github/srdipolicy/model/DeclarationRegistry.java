package io.github.srdipolicy.model;

import io.github.srdipolicy.internal.Checks;
import io.github.srdipolicy.internal.Suggest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The declaration keys profiles may use, like {@link IndicatorRegistry} for indicators: a key not
 * in the registry is a typo (or a flag meant as an indicator value), not a declaration that is
 * silently ignored. {@link #fromCriteria} derives the registry from the {@link Qualitative}
 * conditions of a set of criteria. Immutable and thread-safe.
 */
public final class DeclarationRegistry {
  private final Map<String, Declaration> byKey;

  private DeclarationRegistry(Map<String, Declaration> byKey) {
    this.byKey = byKey;
  }

  /**
   * Creates a registry from declarations with distinct keys.
   *
   * @param declarations the declarations, not null
   * @return the registry, never null
   * @throws IllegalArgumentException naming the key if two declarations share one
   */
  public static DeclarationRegistry of(Collection<Declaration> declarations) {
    Map<String, Declaration> map = new TreeMap<>();
    for (Declaration d : declarations) {
      if (map.putIfAbsent(d.key(), d) != null) {
        throw Checks.invalid("declaration key", d.key(), "is defined twice");
      }
    }
    return new DeclarationRegistry(java.util.Collections.unmodifiableMap(map));
  }

  /**
   * Derives the declarations read by the {@link Qualitative} conditions of criteria: one per key,
   * with the label of the first condition reading it (in the given order) as the question and every
   * criteria reading it.
   *
   * @param criteria the criteria, not null
   * @return the registry, never null
   */
  public static DeclarationRegistry fromCriteria(Collection<EligibilityCriteria> criteria) {
    Map<String, LocalizedText> questions = new TreeMap<>();
    Map<String, TreeSet<FactId>> readers = new TreeMap<>();
    for (EligibilityCriteria c : criteria) {
      List<Qualitative> found = new ArrayList<>();
      // Loops, not lambdas or streams: this runs on every cold catalogue load, where each lambda
      // and stream shape costs classes spun at run time (issue #11).
      if (c.common().isPresent()) {
        collect(c.common().get(), found);
      }
      for (Track t : c.tracks()) {
        collect(t.condition(), found);
      }
      for (Qualitative q : found) {
        questions.putIfAbsent(q.declaration(), q.label());
        TreeSet<FactId> ids = readers.get(q.declaration());
        if (ids == null) {
          ids = new TreeSet<>();
          readers.put(q.declaration(), ids);
        }
        ids.add(c.id());
      }
    }
    List<Declaration> all = new ArrayList<>();
    for (Map.Entry<String, LocalizedText> e : questions.entrySet()) {
      all.add(new Declaration(e.getKey(), e.getValue(), List.copyOf(readers.get(e.getKey()))));
    }
    return of(all);
  }

  /** Adds the qualitative conditions of a tree, parents first (the order of {@code tree()}). */
  private static void collect(Condition condition, List<Qualitative> out) {
    if (condition instanceof Qualitative q) {
      out.add(q);
    }
    for (Condition child : condition.children()) {
      collect(child, out);
    }
  }

  /**
   * Looks up a key.
   *
   * @param key the key, not null
   * @return the declaration, empty if unknown, never null
   */
  public Optional<Declaration> find(String key) {
    return Optional.ofNullable(byKey.get(Checks.notNull(key, "key")));
  }

  /**
   * Returns the declaration of a key.
   *
   * @param key the key, not null
   * @return the declaration, never null
   * @throws IllegalArgumentException naming the key, and the closest known key if one is close
   */
  public Declaration get(String key) {
    return find(key)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Unknown declaration: '"
                        + Checks.show(key)
                        + "'"
                        + Suggest.hint(key, byKey.keySet())));
  }

  /**
   * Returns every declaration, sorted by key.
   *
   * @return the declarations, never null
   */
  public List<Declaration> all() {
    return List.copyOf(byKey.values());
  }

  /**
   * Returns every key, sorted.
   *
   * @return the keys, never null
   */
  public java.util.Set<String> keys() {
    return byKey.keySet();
  }
}
