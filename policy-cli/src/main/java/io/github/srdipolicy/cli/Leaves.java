package io.github.srdipolicy.cli;

import io.github.srdipolicy.model.Band;
import io.github.srdipolicy.model.Banded;
import io.github.srdipolicy.model.Condition;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.Track;
import java.util.function.BiConsumer;

/** Walks criteria down to their leaf conditions, telling where in the criteria each leaf sits. */
final class Leaves {
  private Leaves() {}

  /**
   * Every leaf of the criteria with its scope: {@code common}, a track kind, plus the band it
   * applies in.
   */
  static void walk(EligibilityCriteria criteria, BiConsumer<String, Condition> leaf) {
    criteria.common().ifPresent(c -> walk(c, "common", leaf));
    for (Track t : criteria.tracks()) {
      walk(t.condition(), t.kind().toString(), leaf);
    }
  }

  private static void walk(Condition c, String scope, BiConsumer<String, Condition> leaf) {
    if (c instanceof Banded banded) {
      // A band's condition is scoped by its band, which Condition.children() does not carry.
      for (Band b : banded.bands()) {
        b.then()
            .ifPresent(t -> walk(t, scope + ", when " + ConditionText.interval(b.range()), leaf));
      }
    } else if (c.children().isEmpty()) {
      leaf.accept(scope, c);
    } else {
      c.children().forEach(child -> walk(child, scope, leaf));
    }
  }
}
