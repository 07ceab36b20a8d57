package io.github.srdipolicy.national;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.srdipolicy.catalog.CriteriaDiff;
import io.github.srdipolicy.catalog.CriteriaDiff.Change;
import io.github.srdipolicy.catalog.CriteriaDiff.Kind;
import io.github.srdipolicy.model.Confidence;
import io.github.srdipolicy.model.Quantity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What changed between the versions of the national little-giant criteria. */
class LittleGiantDiffTest {
  private static final String A3 = "cn.cited-2022.lg.";
  private static final String G22 = "cn.gradient-2022.lg.";
  private static final String G26 = "cn.gradient-2026.lg.";

  private static List<String> summary(List<Change> changes) {
    return changes.stream()
        .map(
            c ->
                c.kind()
                    + " "
                    + c.before().map(x -> x.id().toString()).orElse("-")
                    + " "
                    + c.after().map(x -> x.id().toString()).orElse("-"))
        .toList();
  }

  @Test
  void from2022To2026_theShareAndDebtBoundsRise_andTheRndTestIsRebuilt() {
    List<Change> changes =
        CriteriaDiff.between(
            Fixtures.criteria(G22 + "criteria"), Fixtures.criteria(G26 + "criteria"));
    assertEquals(
        List.of(
            "THRESHOLD_RAISED " + G22 + "main-business-share " + G26 + "main-business-share",
            "CONDITION_REMOVED " + G22 + "main-business-growth -",
            "CONDITION_REMOVED " + G22 + "core-it-system -",
            "CONDITION_REMOVED " + G22 + "certification -",
            "THRESHOLD_RAISED " + G22 + "debt-ratio " + G26 + "debt-ratio",
            // The national share gives way to a domestic-or-international niche share (a new
            // indicator).
            "CONDITION_REMOVED " + G22 + "market-share -",
            "CONDITION_REMOVED " + G22 + "own-brand -",
            "CONDITION_REMOVED " + G22 + "rnd-intensity-1yi -",
            "CONDITION_REMOVED " + G22 + "rnd-intensity-5000wan -",
            "CONDITION_REMOVED " + G22 + "equity-2y -",
            "CONDITION_REMOVED " + G22 + "rnd-expenditure-2y -",
            "CONDITION_REMOVED " + G22 + "rnd-staff -",
            "CONDITION_REMOVED " + G22 + "rnd-institution -",
            "THRESHOLD_RAISED " + G22 + "class-i-ip " + G26 + "class-i-ip",
            "CONDITION_REMOVED " + G22 + "direct.maker-china -",
            "CONDITION_REMOVED " + G22 + "supply-chain -",
            "CONDITION_REMOVED " + G22 + "product-field -",
            "CONDITION_ADDED - " + G26 + "common.registered",
            "CONDITION_ADDED - " + G26 + "common.sme-size",
            "CONDITION_ADDED - " + G26 + "common.not-listed",
            "CONDITION_ADDED - " + G26 + "common.product-allowed",
            "CONDITION_ADDED - " + G26 + "common.no-incidents-3y",
            "CONDITION_ADDED - " + G26 + "common.no-data-fraud",
            "CONDITION_ADDED - " + G26 + "prereq",
            "CONDITION_ADDED - " + G26 + "revenue",
            "CONDITION_ADDED - " + G26 + "revenue-cagr",
            "CONDITION_ADDED - " + G26 + "rnd-expenditure-2y",
            "CONDITION_ADDED - " + G26 + "rnd-intensity",
            "CONDITION_ADDED - " + G26 + "market-share",
            "CONDITION_ADDED - " + G26 + "market-rank",
            "CONDITION_ADDED - " + G26 + "reputation",
            "CONDITION_ADDED - " + G26 + "key-chain-link",
            "CONDITION_ADDED - " + G26 + "score"),
        summary(changes));
  }

  @Test
  void from2022To2026_theRaisedBoundsCarryBothSources() {
    Change share =
        CriteriaDiff.between(
                Fixtures.criteria(G22 + "criteria"), Fixtures.criteria(G26 + "criteria"))
            .get(0);
    assertEquals(Kind.THRESHOLD_RAISED, share.kind());
    assertEquals(Optional.of(Quantity.percent("70")), share.beforeThreshold());
    assertEquals(Optional.of(Quantity.percent("90")), share.afterThreshold());
    assertEquals(Confidence.SECONDARY_C, share.beforeSource().orElseThrow().confidence());
    assertEquals(National.GRADIENT_2022, share.beforeSource().orElseThrow().document().toString());
    assertEquals(Confidence.SECONDARY_C, share.afterSource().orElseThrow().confidence());
    assertEquals(National.GRADIENT_2026, share.afterSource().orElseThrow().document().toString());
  }

  @Test
  void fromAnnexThreeTo2022_noBoundMoves_butTheTestsChange() {
    List<Change> changes =
        CriteriaDiff.between(
            Fixtures.criteria(A3 + "criteria"), Fixtures.criteria(G22 + "criteria"));
    assertEquals(
        List.of(
            "CONDITION_REMOVED " + A3 + "market-rank-province -",
            "CONDITION_REMOVED " + A3 + "net-profit-growth -",
            "CONDITION_REMOVED " + A3 + "invention-patents -",
            "CONDITION_REMOVED " + A3 + "other-ip -",
            "CONDITION_REMOVED " + A3 + "certification -",
            "CONDITION_REMOVED " + A3 + "rnd-intensity-1yi -",
            "CONDITION_REMOVED " + A3 + "rnd-intensity-5000wan -",
            "CONDITION_REMOVED " + A3 + "key-field-breakthrough -",
            "CONDITION_ADDED - " + G22 + "certification",
            "CONDITION_ADDED - " + G22 + "market-share",
            "CONDITION_ADDED - " + G22 + "own-brand",
            "CONDITION_ADDED - " + G22 + "rnd-intensity-1yi",
            "CONDITION_ADDED - " + G22 + "rnd-intensity-5000wan",
            "CONDITION_ADDED - " + G22 + "class-i-ip",
            "CONDITION_ADDED - " + G22 + "direct.national-award",
            "CONDITION_ADDED - " + G22 + "direct.maker-china",
            "CONDITION_ADDED - " + G22 + "supply-chain",
            "CONDITION_ADDED - " + G22 + "product-field"),
        summary(changes));
    // Annex 3 is seed text, the 2022 measures are reposts: each side keeps its own confidence.
    assertEquals(Confidence.SEED, changes.get(0).beforeSource().orElseThrow().confidence());
    assertEquals(Confidence.SECONDARY_C, changes.get(8).afterSource().orElseThrow().confidence());
  }
}
