package io.github.srdipolicy.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * A requirement chosen by the band of another indicator: the national little-giant R&amp;D rule
 * asks ≥ 3% with revenue ≥ 1亿元, ≥ 6% with revenue in [5000万, 1亿), and an equity-and-R&amp;D test
 * below 5000万. A value in no band fails the condition. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBanded.class)
@JsonDeserialize(as = ImmutableBanded.class)
@JsonTypeName("banded")
public abstract non-sealed class Banded implements Condition {
  /** Only the generated implementation extends this type. */
  Banded() {}

  /**
   * Returns the indicator whose value selects the band.
   *
   * @return the indicator id, never null
   */
  public abstract IndicatorId indicator();

  /**
   * Returns the bands, which must not overlap.
   *
   * @return at least one band, never null
   */
  public abstract List<Band> bands();

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Banded} values: set the attributes, then {@code build()} checks and returns one.
   */
  public static final class Builder extends ImmutableBanded.Builder {
    Builder() {}
  }

  @Override
  public List<Condition> children() {
    // A loop, not a stream: run on every cold catalogue load, where each lambda and stream shape
    // costs classes spun at run time (issue #11).
    List<Condition> children = new java.util.ArrayList<>();
    for (Band b : bands()) {
      if (b.then().isPresent()) {
        children.add(b.then().get());
      }
    }
    return List.copyOf(children);
  }

  @Override
  public <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitBanded(this);
  }

  /**
   * Tells whether the bands cover every valid value of the selecting indicator, so that a value can
   * never fall in no band (and so fail).
   *
   * @param selector the definition of {@link #indicator()}, not null
   * @return true if every value between the indicator's minimum and maximum lies in a band
   */
  public boolean coversAllValuesOf(Indicator selector) {
    java.util.List<Interval> ranges =
        bands().stream()
            .map(Band::range)
            .sorted(
                java.util.Comparator.comparing(
                    (Interval r) -> r.lower().map(Quantity::baseValue).orElse(null),
                    java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())))
            .toList();
    Interval first = ranges.get(0);
    if (first.lower().isPresent()) {
      java.math.BigDecimal min = selector.minimum().orElse(null);
      int cmp = min == null ? 1 : first.lower().get().baseValue().compareTo(min);
      if (cmp > 0 || (cmp == 0 && !first.lowerInclusive())) {
        return false;
      }
    }
    for (int i = 0; i + 1 < ranges.size(); i++) {
      Interval a = ranges.get(i);
      Interval b = ranges.get(i + 1);
      if (a.upper().isEmpty()
          || b.lower().isEmpty()
          || a.upper().get().compareTo(b.lower().get()) != 0
          || !(a.upperInclusive() || b.lowerInclusive())) {
        return false;
      }
    }
    Interval last = ranges.get(ranges.size() - 1);
    return last.upper().isEmpty()
        || selector
            .maximum()
            .map(
                max -> {
                  int cmp = last.upper().get().baseValue().compareTo(max);
                  return cmp > 0 || (cmp == 0 && last.upperInclusive());
                })
            .orElse(false);
  }

  @Value.Check
  void check() {
    Checks.notEmpty(bands(), "bands of " + id());
    for (int i = 0; i < bands().size(); i++) {
      for (int j = i + 1; j < bands().size(); j++) {
        Interval a = bands().get(i).range();
        Interval b = bands().get(j).range();
        if (overlap(a, b)) {
          throw Checks.invalid("bands of " + id(), a + " and " + b, "bands must not overlap");
        }
      }
    }
  }

  private static boolean overlap(Interval a, Interval b) {
    return !(endsBefore(a, b) || endsBefore(b, a));
  }

  /** True if every value of a is below every value of b. */
  private static boolean endsBefore(Interval a, Interval b) {
    if (a.upper().isEmpty() || b.lower().isEmpty()) {
      return false;
    }
    int c = a.upper().get().compareTo(b.lower().get());
    return c < 0 || (c == 0 && !(a.upperInclusive() && b.lowerInclusive()));
  }
}
