package io.github.srdipolicy.national;

import static io.github.srdipolicy.national.Fixtures.CATALOG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.engine.EligibilityReport;
import io.github.srdipolicy.model.Condition;
import io.github.srdipolicy.model.Confidence;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.Incentive;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.Provision;
import io.github.srdipolicy.model.SourceRef;
import io.github.srdipolicy.model.Target;
import io.github.srdipolicy.model.Tier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every national fact states a confidence that fits where it comes from. */
class ConfidenceTest {
  /** Each fact id with every source reference it carries. */
  private static Map<String, List<SourceRef>> allFacts() {
    Map<String, List<SourceRef>> out = new java.util.TreeMap<>();
    CATALOG.facts(Condition.class).forEach(c -> out.put(c.id().toString(), List.of(c.source())));
    CATALOG
        .facts(EligibilityCriteria.class)
        .forEach(c -> out.put(c.id().toString(), List.of(c.source())));
    CATALOG.facts(Target.class).forEach(t -> out.put(t.id().toString(), List.of(t.source())));
    CATALOG.facts(Provision.class).forEach(p -> out.put(p.id().toString(), List.of(p.source())));
    CATALOG
        .facts(Incentive.class)
        .forEach(i -> out.put(i.id().toString(), List.of(i.source(), i.stacking().source())));
    CATALOG.tiers().forEach(t -> out.put("tier " + t.id(), List.of(t.source())));
    return out;
  }

  @Test
  void seedCitations_areSeed_andEverythingElseIsSecondaryWithProvenance() {
    List<String> wrong = new ArrayList<>();
    allFacts()
        .forEach(
            (id, refs) -> {
              for (SourceRef r : refs) {
                boolean seedDoc = r.document().toString().equals(National.JINHU);
                if (seedDoc && r.confidence() != Confidence.SEED) {
                  wrong.add(id + " cites the seed text as " + r.confidence());
                }
                if (!seedDoc && (r.confidence() == Confidence.SEED || r.provenance().isEmpty())) {
                  wrong.add(id + " cites " + r + " without a secondary confidence and provenance");
                }
                if (!seedDoc
                    && !CATALOG.documents().stream().anyMatch(d -> d.id().equals(r.document()))) {
                  wrong.add(id + " cites an unknown document " + r.document());
                }
              }
            });
    assertEquals(List.of(), wrong);
    assertTrue(allFacts().size() > 150, "the walk reaches the facts: " + allFacts().size());
  }

  @Test
  void factsOfEachDocument_haveTheConfidenceOfTheirOrigin() {
    for (PolicyDocument d : CATALOG.documents()) {
      String id = d.id().toString();
      for (EligibilityCriteria c : d.criteria()) {
        List<Condition> conditions = new ArrayList<>();
        c.tracks().forEach(t -> collect(t.condition(), conditions));
        for (Condition x : conditions) {
          Confidence conf = x.source().confidence();
          if (id.equals(National.CITED_LITTLE_GIANT) || id.equals(National.CITED_CHAMPION)) {
            // Criteria as annex 3 cites them: only the seed text.
            assertEquals(National.JINHU, x.source().document().toString(), x.id().toString());
            assertEquals(Confidence.SEED, conf, x.id().toString());
          } else if (id.equals(National.RULES_2023)) {
            // Annex 1 and the art. 3 negative list, graded B in NATIONAL-2026.md §5 (two or more
            // reposts).
            assertEquals(Confidence.SECONDARY_C, conf, x.id().toString());
            assertEquals(id, x.source().document().toString());
          } else if (id.equals(National.ROUND_2026)) {
            // The round's overlay restates the 2026 standard, citing it, and adds its own
            // exclusions.
            assertTrue(conf.needsVerification(), x.id().toString());
            assertTrue(
                List.of(id, National.GRADIENT_2026).contains(x.source().document().toString()),
                x.id().toString());
          } else {
            assertTrue(conf.needsVerification(), x.id().toString());
            assertEquals(id, x.source().document().toString());
          }
        }
      }
    }
  }

  private static void collect(Condition c, List<Condition> out) {
    out.add(c);
    if (c instanceof io.github.srdipolicy.model.AllOf a) {
      a.conditions().forEach(x -> collect(x, out));
    } else if (c instanceof io.github.srdipolicy.model.AnyOf a) {
      a.conditions().forEach(x -> collect(x, out));
    } else if (c instanceof io.github.srdipolicy.model.Banded b) {
      b.bands().forEach(band -> band.then().ifPresent(x -> collect(x, out)));
    }
  }

  @Test
  void documentConfidence_followsItsSource() {
    assertEquals(
        Confidence.SEED,
        CATALOG
            .document(io.github.srdipolicy.model.DocumentId.of(National.CITED_LITTLE_GIANT))
            .confidence());
    assertEquals(
        Confidence.SECONDARY_C,
        CATALOG
            .document(io.github.srdipolicy.model.DocumentId.of(National.GRADIENT_2022))
            .confidence());
    // Graded B (two or more sources agree) in NATIONAL-2026.md, which maps to SECONDARY_C.
    assertEquals(
        Confidence.SECONDARY_C,
        CATALOG
            .document(io.github.srdipolicy.model.DocumentId.of(National.GRADIENT_2026))
            .confidence());
    for (Tier t : CATALOG.tiers()) {
      // The umbrella tier's "either route" semantics is one reading of disagreeing sources.
      assertEquals(
          t.id().equals(National.TECH_INNOVATIVE_SME)
              ? Confidence.SECONDARY_S
              : Confidence.SECONDARY_C,
          t.source().confidence(),
          t.id().toString());
    }
  }

  @Test
  void evaluatingSeedCriteria_listsNoUnverifiedSource_andSecondaryCriteriaListTheirs() {
    Fixtures.Firm firm = new Fixtures.Firm();
    EligibilityReport seed =
        CATALOG
            .evaluator()
            .evaluate(
                Fixtures.criteria("cn.cited-2022.lg.criteria"),
                firm.profile(),
                LocalDate.of(2022, 5, 1));
    assertEquals(List.of(), seed.unverifiedSources());
    EligibilityReport secondary =
        CATALOG
            .evaluator()
            .evaluate(
                Fixtures.criteria("cn.gradient-2022.lg.criteria"),
                firm.profile(),
                LocalDate.of(2023, 1, 1));
    assertFalse(secondary.unverifiedSources().isEmpty());
    assertTrue(
        secondary.unverifiedSources().stream().allMatch(r -> r.confidence().needsVerification()));
    assertTrue(
        secondary.unverifiedSources().stream()
            .anyMatch(r -> r.confidence() == Confidence.SECONDARY_S),
        "the single-source direct route is flagged too");
    assertEquals(FactId.of("cn.gradient-2022.lg.criteria"), secondary.criteria());
  }
}
