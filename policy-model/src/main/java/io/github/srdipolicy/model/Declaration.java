package io.github.srdipolicy.model;

import io.github.srdipolicy.internal.Checks;
import java.util.List;

/**
 * A declaration a profile may give for {@link Qualitative} conditions: its key, the question it
 * answers and the criteria that read it. Immutable and thread-safe.
 *
 * @param key the declaration key, a lower-case slug, as in {@code EnterpriseProfile.declarations()}
 * @param question what the firm declares, in Chinese and English (the label of the condition that
 *     reads it)
 * @param criteria the ids of the criteria with a condition that reads the key, sorted, never null
 */
public record Declaration(String key, LocalizedText question, List<FactId> criteria) {
  /**
   * Creates a declaration.
   *
   * @param key the key, a slug, not null
   * @param question the question, not null
   * @param criteria the criteria reading it, not null
   */
  public Declaration {
    Checks.slug(key, "key");
    Checks.notNull(question, "question");
    criteria = List.copyOf(Checks.notNull(criteria, "criteria"));
  }
}
