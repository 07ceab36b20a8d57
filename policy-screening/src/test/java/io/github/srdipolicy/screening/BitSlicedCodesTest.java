package io.github.srdipolicy.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Codes stored bit-sliced (bit {@code j} of 64 firms' codes in one long) are compared with constant
 * bounds one operation per bit: the masks must be those of comparing each firm's code directly.
 */
class BitSlicedCodesTest {
  @Property(tries = 3_000)
  @Label("bit-sliced code ranges select exactly the firms whose code lies in the range")
  void withinEqualsDirectComparison(
      @ForAll @IntRange(min = 0, max = Node.Cuts.BITS) int k,
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 130) int lo,
      @ForAll @IntRange(min = -1, max = 130) int hi) {
    int top = (1 << k) - 1;
    int from = Math.min(lo, top + 1);
    int to = Math.min(hi, top);
    java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
    int[] codes = new int[64];
    long[] planes = new long[3 + k];
    for (int i = 0; i < 64; i++) {
      codes[i] = top == 0 ? 0 : r.nextInt(top + 1);
      for (int j = 0; j < k; j++) {
        planes[3 + j] |= (long) ((codes[i] >>> j) & 1) << i;
      }
    }
    long expected = 0;
    for (int i = 0; i < 64; i++) {
      expected |= (codes[i] >= from && codes[i] <= to ? 1L : 0) << i;
    }
    int shape = Node.shape(from, to, top);
    assertEquals(
        expected,
        Node.within(planes, 3, k, shape, from, to),
        "codes in [" + from + ", " + to + "]");
  }

  @Test
  void declarationsTestedEqualToOne_areOneBit() {
    // A declaration holds 0 or 1: the cut at 2 that "= 1" brings lies outside, so one bit remains.
    Node.Cuts cuts = new Node.Cuts(1);
    cuts.domain(0, 0, Fixed.ONE);
    cuts.range(0, 1, 1);
    cuts.close();
    assertEquals(1, cuts.bits(0));
    assertEquals(
        java.util.List.of(1, 1), java.util.Arrays.stream(cuts.codes(0, 1, 1)).boxed().toList());
    // A bound below every value of the domain selects all of it; one above, none.
    assertEquals(0, cuts.codes(0, FixedRange.BELOW, 0)[0]);
    int[] none = cuts.codes(0, 2, FixedRange.ABOVE);
    assertEquals(Node.NEVER, Node.shape(none[0], none[1], 1));
  }
}
