package io.github.srdipolicy.catalog;

import io.github.srdipolicy.model.AllOf;
import io.github.srdipolicy.model.AnyOf;
import io.github.srdipolicy.model.AtLeast;
import io.github.srdipolicy.model.Band;
import io.github.srdipolicy.model.Banded;
import io.github.srdipolicy.model.Comparison;
import io.github.srdipolicy.model.Condition;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.HoldsTier;
import io.github.srdipolicy.model.IndicatorId;
import io.github.srdipolicy.model.Interval;
import io.github.srdipolicy.model.Operator;
import io.github.srdipolicy.model.Qualitative;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.ScoreItem;
import io.github.srdipolicy.model.Scorecard;
import io.github.srdipolicy.model.SourceRef;
import io.github.srdipolicy.model.Status;
import io.github.srdipolicy.model.SumComparison;
import io.github.srdipolicy.model.Track;
import io.github.srdipolicy.model.Unit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Compares two versions of eligibility criteria, such as the national little-giant criteria of two
 * years, and lists what changed between their leaf conditions.
 *
 * <p>Leaves are matched by what they test, not by id (ids differ between documents): a {@link
 * Comparison} by its indicator and the direction of its operator (lower bound, upper bound or
 * equality), a {@link Status} by its indicator, a {@link SumComparison} by its indicators and
 * direction, a {@link Qualitative} by its declaration key, a {@link HoldsTier} by its tier and a
 * {@link Scorecard} by its scored indicators. The match also takes the leaf's context: whether it
 * is common or in a track of some kind, and the bands of every enclosing {@link Banded} condition,
 * so that "≥ 3% with revenue ≥ 1亿" and "≥ 6% with revenue in [5000万, 1亿)" are never compared with
 * each other. The grouping by {@link AllOf}, {@link AnyOf} and {@link AtLeast} is not compared:
 * moving a leaf from one combinator to another is no change. Leaves with the same key are paired in
 * document order. Stateless and thread-safe.
 */
public final class CriteriaDiff {
  private CriteriaDiff() {}

  /** What kind of change a {@link Change} records. */
  public enum Kind {
    /** The same test with a higher bound (a higher number, whichever the direction). */
    THRESHOLD_RAISED,
    /** The same test with a lower bound. */
    THRESHOLD_LOWERED,
    /** The same test with the operator's inclusiveness changed (≥ ↔ &gt;, ≤ ↔ &lt;). */
    OPERATOR_CHANGED,
    /** A test only the later version has. */
    CONDITION_ADDED,
    /** A test only the earlier version has. */
    CONDITION_REMOVED
  }

  /**
   * One change between two versions of criteria. Immutable and thread-safe.
   *
   * @param kind what changed, not null
   * @param key what the matched leaves test, in the form described on {@link CriteriaDiff}, not
   *     null
   * @param before the leaf of the earlier version, empty for {@link Kind#CONDITION_ADDED}, not null
   * @param after the leaf of the later version, empty for {@link Kind#CONDITION_REMOVED}, not null
   */
  public record Change(
      Kind kind, String key, Optional<Condition> before, Optional<Condition> after) {
    /**
     * Checks the parts.
     *
     * @param kind what changed, not null
     * @param key the match key, not null
     * @param before the earlier leaf, not null
     * @param after the later leaf, not null
     */
    public Change {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
      if (before.isEmpty() != (kind == Kind.CONDITION_ADDED)
          || after.isEmpty() != (kind == Kind.CONDITION_REMOVED)) {
        throw new IllegalArgumentException(
            "Invalid change: '"
                + kind
                + "' needs "
                + (kind == Kind.CONDITION_ADDED
                    ? "only an after"
                    : kind == Kind.CONDITION_REMOVED ? "only a before" : "both")
                + " condition (before "
                + before.map(Condition::id)
                + ", after "
                + after.map(Condition::id)
                + ")");
      }
    }

    /**
     * Returns the source of the earlier leaf.
     *
     * @return the source reference, empty for an added condition, never null
     */
    public Optional<SourceRef> beforeSource() {
      return before.map(Condition::source);
    }

    /**
     * Returns the source of the later leaf.
     *
     * @return the source reference, empty for a removed condition, never null
     */
    public Optional<SourceRef> afterSource() {
      return after.map(Condition::source);
    }

    /**
     * Returns the bound of the earlier leaf, for comparisons, sums and scorecards.
     *
     * @return the bound, never null
     */
    public Optional<Quantity> beforeThreshold() {
      return before.flatMap(CriteriaDiff::threshold);
    }

    /**
     * Returns the bound of the later leaf, for comparisons, sums and scorecards.
     *
     * @return the bound, never null
     */
    public Optional<Quantity> afterThreshold() {
      return after.flatMap(CriteriaDiff::threshold);
    }

    @Override
    public String toString() {
      return kind
          + " "
          + key
          + ": "
          + before.map(Object::toString).orElse("—")
          + " → "
          + after.map(Object::toString).orElse("—");
    }
  }

  /**
   * Lists the changes from one version of criteria to another.
   *
   * @param a the earlier version, not null
   * @param b the later version, not null
   * @return the changes: those of the earlier version's leaves in its order, then the added leaves
   *     in the later version's order; empty if the leaves test the same things with the same
   *     bounds; never null
   */
  public static List<Change> between(EligibilityCriteria a, EligibilityCriteria b) {
    Map<String, Deque<Condition>> later = new LinkedHashMap<>();
    for (Leaf leaf : leaves(b)) {
      later.computeIfAbsent(leaf.key, k -> new ArrayDeque<>()).add(leaf.condition);
    }
    List<Change> changes = new ArrayList<>();
    for (Leaf leaf : leaves(a)) {
      Deque<Condition> candidates = later.get(leaf.key);
      if (candidates == null || candidates.isEmpty()) {
        changes.add(
            new Change(
                Kind.CONDITION_REMOVED, leaf.key, Optional.of(leaf.condition), Optional.empty()));
      } else {
        compare(leaf.key, leaf.condition, candidates.removeFirst(), changes);
      }
    }
    later.forEach(
        (key, rest) ->
            rest.forEach(
                c ->
                    changes.add(
                        new Change(Kind.CONDITION_ADDED, key, Optional.empty(), Optional.of(c)))));
    return List.copyOf(changes);
  }

  private static void compare(String key, Condition x, Condition y, List<Change> changes) {
    Optional<Quantity> tx = threshold(x);
    Optional<Quantity> ty = threshold(y);
    if (tx.isPresent() && ty.isPresent()) {
      int c = ty.get().compareTo(tx.get());
      if (c != 0) {
        changes.add(
            new Change(
                c > 0 ? Kind.THRESHOLD_RAISED : Kind.THRESHOLD_LOWERED,
                key,
                Optional.of(x),
                Optional.of(y)));
      }
    }
    if (!operator(x).equals(operator(y))) {
      changes.add(new Change(Kind.OPERATOR_CHANGED, key, Optional.of(x), Optional.of(y)));
    }
  }

  private static Optional<Quantity> threshold(Condition c) {
    if (c instanceof Comparison comparison) {
      return Optional.of(comparison.threshold());
    } else if (c instanceof Status status) {
      return Optional.of(status.requiredFlag());
    } else if (c instanceof SumComparison sumComparison) {
      return Optional.of(sumComparison.threshold());
    } else if (c instanceof Scorecard scorecard) {
      return Optional.of(Quantity.of(scorecard.minimumTotal(), Unit.POINTS));
    }
    return Optional.empty();
  }

  private static Optional<Operator> operator(Condition c) {
    if (c instanceof Comparison comparison) {
      return Optional.of(comparison.operator());
    } else if (c instanceof SumComparison sumComparison) {
      return Optional.of(sumComparison.operator());
    }
    return Optional.empty();
  }

  /** A leaf condition with the key it is matched by. */
  private static final class Leaf {
    final String key;
    final Condition condition;

    Leaf(String key, Condition condition) {
      this.key = key;
      this.condition = condition;
    }
  }

  private static List<Leaf> leaves(EligibilityCriteria criteria) {
    List<Leaf> out = new ArrayList<>();
    criteria.common().ifPresent(c -> walk(c, "common", out));
    for (Track t : criteria.tracks()) {
      walk(t.condition(), "track " + t.kind(), out);
    }
    return out;
  }

  private static void walk(Condition c, String context, List<Leaf> out) {
    if (c instanceof AllOf allOf) {
      allOf.conditions().forEach(x -> walk(x, context, out));
    } else if (c instanceof AnyOf anyOf) {
      anyOf.conditions().forEach(x -> walk(x, context, out));
    } else if (c instanceof AtLeast atLeast) {
      atLeast.conditions().forEach(x -> walk(x, context, out));
    } else if (c instanceof Banded banded) {
      for (Band band : banded.bands()) {
        String inBand = context + " | " + banded.indicator() + " in " + interval(band.range());
        band.then().ifPresent(x -> walk(x, inBand, out));
      }
    } else {
      out.add(new Leaf(context + " | " + test(c), c));
    }
  }

  private static String test(Condition c) {
    if (c instanceof Comparison x) {
      return x.indicator() + " " + direction(x.operator());
    } else if (c instanceof SumComparison x) {
      return x.indicators().stream()
              .map(IndicatorId::toString)
              .sorted()
              .collect(Collectors.joining("+"))
          + " "
          + direction(x.operator());
    } else if (c instanceof Status status) {
      return status.indicator() + " status";
    } else if (c instanceof Qualitative qualitative) {
      return "declaration " + qualitative.declaration();
    } else if (c instanceof HoldsTier holdsTier) {
      return "holds " + holdsTier.tier();
    } else if (c instanceof Scorecard scorecard) {
      return "score of "
          + scorecard.items().stream()
              .map(ScoreItem::indicator)
              .map(IndicatorId::toString)
              .sorted()
              .collect(Collectors.joining("+"));
    }
    throw new IllegalArgumentException("Unknown condition shape: '" + c.getClass().getName() + "'");
  }

  private static String direction(Operator op) {
    return op.isLowerBound() ? "lower-bound" : op == Operator.EQUAL_TO ? "equal" : "upper-bound";
  }

  /** Interval text by base values, so that 1亿元 and 10000万元 give the same key. */
  private static String interval(Interval r) {
    return (r.lower().isPresent()
            ? (r.lowerInclusive() ? "[" : "(")
                + r.lower().get().baseValue().stripTrailingZeros().toPlainString()
            : "(-inf")
        + ", "
        + (r.upper().isPresent()
            ? r.upper().get().baseValue().stripTrailingZeros().toPlainString()
                + (r.upperInclusive() ? "]" : ")")
            : "inf)");
  }
}
