package io.github.srdipolicy.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.catalog.PolicySource;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.InputRef;
import io.github.srdipolicy.engine.Outcome;
import io.github.srdipolicy.engine.RewardDue;
import io.github.srdipolicy.engine.TierHolding;
import io.github.srdipolicy.json.PolicyJson;
import io.github.srdipolicy.model.Clause;
import io.github.srdipolicy.model.Completeness;
import io.github.srdipolicy.model.DateRange;
import io.github.srdipolicy.model.DocumentId;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.Indicators;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.Operator;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.Unit;
import io.github.srdipolicy.testing.FakePolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The assessment on the invented fake policy: a county pool below a provincial giant. */
class AssessorTest {
  static final Catalog CATALOG = Catalog.of(new FakePolicy());
  static final Assessor ASSESSOR = Assessor.of(CATALOG);
  static final LocalDate DATE = LocalDate.of(2024, 6, 1);

  static io.github.srdipolicy.engine.EnterpriseProfile.Builder firm() {
    return EnterpriseProfile.builder().jurisdiction(FakePolicy.COUNTY);
  }

  @Test
  @DisplayName("one ladder, bottom rung first, one standing per tier, the next rung")
  void ladderBottomFirst() {
    Assessment a =
        ASSESSOR.assess(
            firm()
                .putDeclarations("well-managed", true)
                .putValues(Indicators.FOUNDING_YEAR.id(), Quantity.calendarYear(2016))
                .build(),
            DATE);
    assertEquals(1, a.ladders().size());
    LadderAssessment l = a.ladders().get(0);
    assertEquals(List.of(FakePolicy.POOL, FakePolicy.GIANT), l.rungs());
    TierAssessment pool = a.tier(FakePolicy.POOL).orElseThrow();
    assertEquals(Standing.ELIGIBLE, pool.standing());
    assertEquals(Optional.of(Outcome.ELIGIBLE), pool.outcome());
    assertEquals("criteria met (innovation track)", pool.summary().en());
    assertEquals(Standing.UNDETERMINED, a.tier(FakePolicy.GIANT).orElseThrow().standing());
    assertEquals(Optional.of(FakePolicy.POOL), l.nextRung());
    assertEquals(
        List.of(
            FakePolicy.COUNTY, FakePolicy.PROVINCE, io.github.srdipolicy.model.JurisdictionCode.CN),
        a.chain());
    assertEquals(
        List.of(DocumentId.of(FakePolicy.DOC)),
        a.documents().stream().map(DocumentInForce::document).toList());
  }

  @Test
  @DisplayName("a held tier is HELD with its date, and the next rung is above it")
  void held() {
    Assessment a =
        ASSESSOR.assess(
            firm()
                .addTiers(TierHolding.of("fake.pool", LocalDate.of(2024, 3, 1)))
                .putValues(Indicators.OPERATING_REVENUE.id(), Quantity.yiYuan("2"))
                .putValues(Indicators.RND_INTENSITY_EACH_2Y.id(), Quantity.percent("4"))
                .putValues(Indicators.DEBT_TO_ASSET_RATIO.id(), Quantity.percent("50"))
                .build(),
            DATE);
    TierAssessment pool = a.tier(FakePolicy.POOL).orElseThrow();
    assertEquals(Standing.HELD, pool.standing());
    assertEquals(Optional.of(LocalDate.of(2024, 3, 1)), pool.recognised());
    assertEquals(Standing.ELIGIBLE, a.tier(FakePolicy.GIANT).orElseThrow().standing());
    assertEquals(Optional.of(FakePolicy.GIANT), a.ladders().get(0).nextRung());
    // The pool's reward is due now; the giant's would be due on recognition, the pool's then
    // withheld.
    assertEquals(
        List.of("fake.reward.pool"),
        a.rewardsDue().stream().filter(RewardDue::due).map(r -> r.incentive().toString()).toList());
    List<RewardDue> giant = a.tier(FakePolicy.GIANT).orElseThrow().rewards();
    assertEquals(1, giant.size());
    assertTrue(giant.get(0).due());
    assertEquals(Quantity.wanYuan("20"), giant.get(0).amount().orElseThrow());
  }

  @Test
  @DisplayName("a tier not reached: shortfalls of the nearest track, with their distance")
  void shortfalls() {
    Assessment a =
        ASSESSOR.assess(
            firm()
                .putDeclarations("well-managed", true)
                .putValues(Indicators.MAIN_BUSINESS_REVENUE.id(), Quantity.wanYuan("4000"))
                .putValues(Indicators.TOTAL_PROFIT.id(), Quantity.wanYuan("100"))
                .putValues(Indicators.INVENTION_PATENTS.id(), Quantity.count(1, Unit.IP_ITEMS))
                .putValues(Indicators.UTILITY_MODEL_PATENTS.id(), Quantity.count(1, Unit.IP_ITEMS))
                .putValues(Indicators.DESIGN_PATENTS.id(), Quantity.count(0, Unit.IP_ITEMS))
                .putValues(Indicators.SOFTWARE_COPYRIGHTS.id(), Quantity.count(0, Unit.IP_ITEMS))
                .putValues(Indicators.FOUNDING_YEAR.id(), Quantity.calendarYear(2010))
                .build(),
            DATE);
    TierAssessment pool = a.tier(FakePolicy.POOL).orElseThrow();
    assertEquals(Standing.NOT_ELIGIBLE, pool.standing());
    // The innovation track fails on one condition, manufacturing on four: the nearest is
    // innovation.
    assertEquals(1, pool.shortfalls().size());
    Shortfall s = pool.shortfalls().get(0);
    assertEquals(FactId.of("fake.pool.founded"), s.condition());
    assertEquals(Optional.of(Quantity.calendarYear(4)), s.distance());
    assertEquals(s.text(), pool.summary());
    assertTrue(s.text().en().contains("→ needs ≥ 2014"), s.text().en());
    assertEquals(
        Optional.empty(), a.ladders().get(0).nextRung().filter(t -> t.equals(FakePolicy.POOL)));
  }

  @Test
  @DisplayName(
      "distance: lower bounds count what is missing, upper bounds what is over, in the bound's unit")
  void distance() {
    assertEquals(
        Optional.of(Quantity.percent("1.8")),
        Explain.distance(
            Optional.of(Quantity.percent("4.2")),
            Optional.of(Operator.AT_LEAST),
            Optional.of(Quantity.percent("6"))));
    assertEquals(
        Optional.of(Quantity.count(2, Unit.IP_ITEMS)),
        Explain.distance(
            Optional.of(Quantity.count(1, Unit.IP_ITEMS)),
            Optional.of(Operator.AT_LEAST),
            Optional.of(Quantity.count(3, Unit.IP_ITEMS))));
    assertEquals(
        Optional.of(Quantity.percent("10")),
        Explain.distance(
            Optional.of(Quantity.percent("80")),
            Optional.of(Operator.AT_MOST),
            Optional.of(Quantity.percent("70"))));
    assertEquals(
        Optional.of(Quantity.yiYuan("0.4")),
        Explain.distance(
            Optional.of(Quantity.wanYuan("6000")),
            Optional.of(Operator.AT_LEAST),
            Optional.of(Quantity.yiYuan("1"))));
    assertEquals("4000万元", Explain.show(Quantity.yiYuan("0.4"), true));
    assertEquals(
        Optional.empty(),
        Explain.distance(
            Optional.empty(), Optional.of(Operator.AT_LEAST), Optional.of(Quantity.percent("6"))));
  }

  @Test
  @DisplayName(
      "undetermined: the missing inputs say why, questions ranked with the tiers they affect")
  void questions() {
    EnterpriseProfile p = firm().build();
    Assessment a = ASSESSOR.assess(p, DATE);
    TierAssessment pool = a.tier(FakePolicy.POOL).orElseThrow();
    assertEquals(Standing.UNDETERMINED, pool.standing());
    assertTrue(
        pool.reasons().isEmpty(), "no reasons settle an undetermined tier: its missing inputs do");
    assertFalse(pool.missingInputs().isEmpty());
    List<Question> all = ASSESSOR.nextQuestions(p, DATE);
    assertTrue(a.nextQuestions().size() <= Assessor.QUESTIONS);
    assertEquals(all.subList(0, a.nextQuestions().size()), a.nextQuestions());
    // With a limit of its own, one assessment carries as many of the same questions.
    assertTrue(all.size() > 1, "the fake firm leaves more than one question open");
    assertEquals(all, ASSESSOR.assess(p, DATE, Integer.MAX_VALUE).nextQuestions());
    assertEquals(all.subList(0, 1), ASSESSOR.assess(p, DATE, 1).nextQuestions());
    assertEquals(List.of(), ASSESSOR.assess(p, DATE, 0).nextQuestions());
    assertThrows(IllegalArgumentException.class, () -> ASSESSOR.assess(p, DATE, -1));
    // Every missing input of an undetermined tier is asked once, best first.
    assertEquals(all.stream().map(Question::input).distinct().count(), all.size());
    for (int i = 1; i < all.size(); i++) {
      assertTrue(all.get(i - 1).score() >= all.get(i).score());
    }
    // The pool (bottom rung) weighs 1, the giant above it 1/2; each shares it among its missing
    // inputs.
    int poolMissing = pool.missingInputs().size();
    int giantMissing = a.tier(FakePolicy.GIANT).orElseThrow().missingInputs().size();
    Question managed = AssessorTest.find(all, InputRef.declaration("well-managed"));
    assertEquals(List.of(FakePolicy.POOL), managed.affects());
    assertEquals(1.0 / poolMissing, managed.score(), 1e-9);
    Question debt =
        all.stream()
            .filter(q -> q.input().equals(InputRef.indicator(Indicators.DEBT_TO_ASSET_RATIO.id())))
            .findFirst()
            .orElseThrow();
    assertEquals(Question.Kind.NUMBER, debt.kind());
    assertEquals(Optional.of(Unit.PERCENT), debt.unit());
    assertEquals(Optional.of(BigDecimal.ZERO), debt.minimum());
    assertEquals(List.of(FakePolicy.GIANT), debt.affects());
    assertEquals(0.5 / giantMissing, debt.score(), 1e-9);
    assertTrue(debt.text().zh().contains("资产负债率"), debt.text().zh());
    assertTrue(debt.window().isPresent());
  }

  @Test
  @DisplayName(
      "answers are read and checked: numbers in the unit and range, yes/no, years, levels, tiers")
  void answers() {
    List<Question> all = ASSESSOR.inputsRead(FakePolicy.COUNTY, DATE);
    Question debt = find(all, InputRef.indicator(Indicators.DEBT_TO_ASSET_RATIO.id()));
    assertEquals(
        Answer.value(Indicators.DEBT_TO_ASSET_RATIO.id(), Quantity.percent("55.5")),
        debt.answer(" 55.5 "));
    assertThrows(IllegalArgumentException.class, () -> debt.answer("-1"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> debt.answer("lots"));
    assertTrue(e.getMessage().contains("'lots' is not a number"), e.getMessage());
    Question managed = find(all, InputRef.declaration("well-managed"));
    assertEquals(Answer.declaration("well-managed", true), managed.answer("是"));
    assertEquals(Answer.declaration("well-managed", false), managed.answer("n"));
    assertThrows(IllegalArgumentException.class, () -> managed.answer("maybe"));
    Question founded = find(all, InputRef.indicator(Indicators.FOUNDING_YEAR.id()));
    assertEquals(Question.Kind.YEAR, founded.kind());
    assertEquals(
        Answer.value(Indicators.FOUNDING_YEAR.id(), Quantity.calendarYear(2014)),
        founded.answer("2014"));
    assertThrows(IllegalArgumentException.class, () -> founded.answer("2014.5"));
    Question pool = find(all, InputRef.tier(FakePolicy.POOL));
    assertEquals(Question.Kind.TIER, pool.kind());
    assertEquals(Answer.tierHeld("fake.pool", LocalDate.of(2023, 1, 2)), pool.answer("2023-01-02"));
    assertEquals(Answer.tierNotHeld("fake.pool"), pool.answer("否"));
    EnterpriseProfile p =
        Answer.tierHeld("fake.pool", LocalDate.of(2023, 1, 2))
            .applyTo(firm().tiersComplete(false).build());
    assertEquals(1, p.tiers().size());
    assertTrue(
        Answer.tierNotHeld("fake.pool")
            .applyTo(firm().tiersComplete(false).build())
            .tiersComplete());
    // Every input the criteria read is listed with the tiers that read it.
    assertEquals(List.of(FakePolicy.POOL), managed.affects());
    assertEquals(
        List.of(FakePolicy.GIANT),
        find(all, InputRef.indicator(Indicators.OPERATING_REVENUE.id())).affects());
  }

  static Question find(List<Question> qs, InputRef input) {
    return qs.stream()
        .filter(q -> q.input().equals(input))
        .findFirst()
        .orElseThrow(() -> new AssertionError(input));
  }

  @Test
  @DisplayName("what-if: the changed input flips the tier it bears on, and only that one")
  void whatIf() {
    EnterpriseProfile p =
        firm()
            .addTiers(TierHolding.of("fake.pool", LocalDate.of(2024, 3, 1)))
            .putValues(Indicators.OPERATING_REVENUE.id(), Quantity.wanYuan("6000"))
            .putValues(Indicators.RND_INTENSITY_EACH_2Y.id(), Quantity.percent("5"))
            .putValues(Indicators.DEBT_TO_ASSET_RATIO.id(), Quantity.percent("50"))
            .build();
    assertEquals(
        Standing.NOT_ELIGIBLE,
        ASSESSOR.assess(p, DATE).tier(FakePolicy.GIANT).orElseThrow().standing());
    assertTrue(
        ASSESSOR
            .assess(p, DATE)
            .tier(FakePolicy.GIANT)
            .orElseThrow()
            .summary()
            .en()
            .contains("5% → needs ≥ 6% (1% short)"));
    WhatIf w =
        ASSESSOR.whatIf(
            p,
            DATE,
            List.of(Answer.value(Indicators.RND_INTENSITY_EACH_2Y.id(), Quantity.percent("6"))));
    assertEquals(1, w.changed().size());
    WhatIf.Change c = w.changed().get(0);
    assertEquals(FakePolicy.GIANT, c.tier());
    assertEquals(Standing.NOT_ELIGIBLE, c.before());
    assertEquals(Standing.ELIGIBLE, c.after());
    assertEquals(Standing.HELD, w.after().tier(FakePolicy.POOL).orElseThrow().standing());
    assertEquals(List.of(), ASSESSOR.whatIf(p, DATE, List.of()).changed());
  }

  @Test
  @DisplayName(
      "several criteria for one tier in force: one decides, the others are listed as also in force")
  void oneCriteriaPerTier() {
    Catalog two = Catalog.of(new FakePolicy(), new Revision());
    Assessment a = Assessor.of(two).assess(firm().build(), LocalDate.of(2025, 6, 1));
    TierAssessment giant = a.tier(FakePolicy.GIANT).orElseThrow();
    assertEquals(Optional.of(FactId.of("fake.giant2.criteria")), giant.criteria());
    assertEquals(List.of(FactId.of("fake.giant.criteria")), giant.alsoInForce());
    assertEquals(
        2,
        Assessor.of(two).trace(firm().build(), LocalDate.of(2025, 6, 1)).stream()
            .filter(r -> r.tier().equals(FakePolicy.GIANT))
            .count());
    // Before the revision is in force, only the original criteria apply.
    TierAssessment before =
        Assessor.of(two).assess(firm().build(), DATE).tier(FakePolicy.GIANT).orElseThrow();
    assertEquals(Optional.of(FactId.of("fake.giant.criteria")), before.criteria());
    assertEquals(List.of(), before.alsoInForce());
  }

  @Test
  @DisplayName("the assessment round-trips through the project's JSON mapper")
  void json() {
    Assessment a =
        ASSESSOR.assess(
            firm()
                .addTiers(TierHolding.of("fake.pool", LocalDate.of(2024, 3, 1)))
                .putValues(Indicators.DEBT_TO_ASSET_RATIO.id(), Quantity.percent("90"))
                .build(),
            DATE);
    assertEquals(a, PolicyJson.read(PolicyJson.write(a), Assessment.class));
    WhatIf w =
        ASSESSOR.whatIf(firm().build(), DATE, List.of(Answer.declaration("well-managed", false)));
    assertEquals(w, PolicyJson.read(PolicyJson.write(w), WhatIf.class));
  }

  @Test
  @DisplayName("definitions: six recognition levels, every window, the revenue each tier reads")
  void definitions() {
    assertEquals(
        List.of("0", "1", "2", "3", "4", "5"),
        Definitions.recognitionLevels().stream().map(Definition::key).toList());
    assertEquals(io.github.srdipolicy.model.Window.values().length, Definitions.windows().size());
    assertEquals(
        List.of("main-business-revenue"),
        Definitions.revenueRead(CATALOG, FakePolicy.POOL, DATE).stream()
            .map(Definition::key)
            .toList());
    assertEquals(
        List.of("operating-revenue"),
        Definitions.revenueRead(CATALOG, FakePolicy.GIANT, DATE).stream()
            .map(Definition::key)
            .toList());
  }

  /** A later document restating the giant's criteria, in force from 2025. */
  static final class Revision implements PolicySource {
    @Override
    public String name() {
      return "fake-revision";
    }

    @Override
    public List<Jurisdiction> jurisdictions() {
      return List.of();
    }

    @Override
    public List<PolicyDocument> documents() {
      return List.of(
          PolicyDocument.builder()
              .id(DocumentId.of("测试发〔2025〕2号"))
              .issuer(FakePolicy.text("测试政府"))
              .title(FakePolicy.text("修订"))
              .validity(DateRange.from(LocalDate.of(2025, 1, 1)))
              .jurisdiction(FakePolicy.COUNTY)
              .completeness(Completeness.COMPLETE)
              .addOutline(Clause.encoded("1", "巨人", "giant"))
              .addCriteria(FakePolicy.giantCriteriaRevised())
              .build());
    }
  }
}
