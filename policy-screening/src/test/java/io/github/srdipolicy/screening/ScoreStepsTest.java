package io.github.srdipolicy.screening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** A scorecard item's bands compiled into a step function give the first matching band's points. */
class ScoreStepsTest {
  @Provide
  Arbitrary<List<long[]>> bandLists() {
    // Ends near each other so that bands overlap, nest, touch and leave gaps; some open ends.
    Arbitrary<Long> lo =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(1, Arbitraries.just(FixedRange.BELOW)),
            net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(-20, 20)));
    Arbitrary<Long> hi =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(1, Arbitraries.just(FixedRange.ABOVE)),
            net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(-20, 20)));
    Arbitrary<long[]> band =
        Combinators.combine(lo, hi, Arbitraries.longs().between(-3_000_000, 9_000_000))
            .as((l, h, p) -> new long[] {l, h, p});
    return band.list().ofMinSize(0).ofMaxSize(6);
  }

  @Property(tries = 2_000)
  @Label(
      "base + rises of the steps reached = points of the first band holding the value, zero if none")
  void stepsEqualFirstMatch(@ForAll("bandLists") List<long[]> bands) {
    FixedRange[] ranges =
        bands.stream().map(b -> FixedRange.of(b[0], b[1])).toArray(FixedRange[]::new);
    long[] points = bands.stream().mapToLong(b -> b[2]).toArray();
    long[][] steps = Nodes.Score.steps(ranges, points);
    long[] probes = new long[50];
    for (int i = 0; i < 46; i++) {
      probes[i] = i - 23;
    }
    probes[46] = -Fixed.LIMIT;
    probes[47] = Fixed.LIMIT;
    probes[48] = -Fixed.LIMIT + 1;
    probes[49] = Fixed.LIMIT - 1;
    for (long v : probes) {
      long p = steps[0][0];
      for (int s = 0; s < steps[1].length; s++) {
        p += v >= steps[1][s] ? steps[2][s] : 0;
      }
      assertEquals(
          Nodes.Score.firstMatch(ranges, points, v), p, "value " + v + " bands " + bands.size());
    }
  }

  @Test
  void descendingThresholds_becomeOneStepEach() {
    // ≥ 30: 6 points, [20, 30): 4, [10, 20): 2, below 10: 0 — three rises at 10, 20 and 30.
    FixedRange[] ranges = {
      FixedRange.of(30, FixedRange.ABOVE),
      FixedRange.of(20, 29),
      FixedRange.of(10, 19),
      FixedRange.of(FixedRange.BELOW, 9)
    };
    long[][] steps = Nodes.Score.steps(ranges, new long[] {6, 4, 2, 0});
    assertArrayEquals(new long[] {0}, steps[0]);
    assertArrayEquals(new long[] {10, 20, 30}, steps[1]);
    assertArrayEquals(new long[] {2, 2, 2}, steps[2]);
  }
}
