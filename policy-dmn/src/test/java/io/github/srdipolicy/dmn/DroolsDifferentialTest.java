package io.github.srdipolicy.dmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.engine.EligibilityEvaluator;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.Outcome;
import io.github.srdipolicy.model.AtLeast;
import io.github.srdipolicy.model.Comparison;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.IndicatorRegistry;
import io.github.srdipolicy.model.Indicators;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.Operator;
import io.github.srdipolicy.model.Qualitative;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.SourceRef;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.Track;
import io.github.srdipolicy.model.TrackKind;
import io.github.srdipolicy.screening.PopulationGenerator;
import io.github.srdipolicy.screening.Screener;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.internal.io.ResourceFactory;

/**
 * The exported DMN, run in Drools, gives the library's outcome for every generated firm and
 * criteria.
 */
class DroolsDifferentialTest {
  private static final Catalog CATALOG = Catalog.load();
  private static final List<LocalDate> DATES =
      List.of(
          LocalDate.of(2018, 9, 1),
          LocalDate.of(2022, 5, 1),
          LocalDate.of(2023, 6, 1),
          LocalDate.of(2024, 6, 1),
          LocalDate.of(2026, 6, 1));

  /** Compiles a model's XML in Drools, failing on any message of the compiler. */
  static DMNRuntime drools(String xml) {
    DMNRuntime runtime =
        DMNRuntimeBuilder.fromDefaults()
            .buildConfiguration()
            .fromResources(
                List.of(
                    ResourceFactory.newReaderResource(new StringReader(xml), "UTF-8")
                        .setSourcePath("srdi-policy.dmn")))
            .getOrElseThrow(e -> new IllegalStateException("Drools rejected the model: " + e));
    DMNModel model = runtime.getModels().get(0);
    assertFalse(model.hasErrors(), () -> model.getMessages().toString());
    return runtime;
  }

  static DMNResult run(DMNRuntime runtime, Map<String, Object> inputs) {
    DMNContext context = runtime.newContext();
    inputs.forEach(context::set);
    DMNResult result = runtime.evaluateAll(runtime.getModels().get(0), context);
    assertFalse(result.hasErrors(), () -> result.getMessages().toString());
    return result;
  }

  @Test
  void everyRealCriteria_onTenThousandGeneratedFirms_agreesWithTheLibrary() {
    int firmsPerDate = 2_000;
    long compared = 0;
    int disagreements = 0;
    StringBuilder firstOnes = new StringBuilder();
    java.util.EnumMap<Outcome, Integer> seen = new java.util.EnumMap<>(Outcome.class);
    for (int d = 0; d < DATES.size(); d++) {
      LocalDate date = DATES.get(d);
      DmnModel dmn = DmnModel.of(CATALOG, Optional.of(date));
      DMNRuntime runtime = drools(dmn.xml());
      PopulationGenerator gen =
          PopulationGenerator.forScreener(
              Screener.of(CATALOG, date),
              CATALOG.indicators(),
              CATALOG.jurisdictions().stream().map(Jurisdiction::code).toList(),
              18 + d,
              0.05 * (d % 4));
      for (int i = 0; i < firmsPerDate; i++) {
        EnterpriseProfile firm = gen.profile(i);
        DMNResult result = run(runtime, dmn.inputs(firm, date));
        for (int c = 0; c < dmn.criteria().size(); c++) {
          Outcome expected =
              CATALOG.evaluator().evaluate(dmn.criteria().get(c), firm, date).outcome();
          Outcome actual =
              DmnModel.outcome(result.getDecisionResultByName(dmn.decisionName(c)).getResult());
          compared++;
          seen.merge(expected, 1, Integer::sum);
          if (expected != actual) {
            if (disagreements++ < 5) {
              firstOnes
                  .append("\n")
                  .append(date)
                  .append(" firm ")
                  .append(i)
                  .append(' ')
                  .append(dmn.criteria().get(c).id())
                  .append(": library ")
                  .append(expected)
                  .append(", Drools ")
                  .append(actual);
            }
          }
        }
      }
    }
    assertEquals(0, disagreements, "disagreements out of " + compared + ":" + firstOnes);
    // 10,000 firms, each against every criteria in force on its date (whether or not it applies).
    assertEquals(10_000, DATES.size() * firmsPerDate);
    assertTrue(compared >= 10_000 * 5, "compared " + compared);
    // The firms reach every outcome, so the comparison covers all three.
    assertEquals(3, seen.size(), seen.toString());
  }

  private static final SourceRef SRC = SourceRef.of("测试发〔2024〕1号", "1");

  private static LocalizedText text(String s) {
    return LocalizedText.of(s, s);
  }

  private static Comparison revenueAtLeast(String wan) {
    return Comparison.builder()
        .id(FactId.of("t.revenue"))
        .label(text("revenue"))
        .source(SRC)
        .indicator(Indicators.OPERATING_REVENUE.id())
        .operator(Operator.AT_LEAST)
        .threshold(Quantity.wanYuan(wan))
        .build();
  }

  private static Qualitative declared(String key) {
    return Qualitative.builder()
        .id(FactId.of("t." + key))
        .label(text(key))
        .source(SRC)
        .declaration(key)
        .build();
  }

  private static EligibilityCriteria criteria(
      String id, io.github.srdipolicy.model.Condition track) {
    return EligibilityCriteria.builder()
        .id(FactId.of(id))
        .tier(TierId.of("t.tier"))
        .label(text(id))
        .source(SRC)
        .addTracks(
            Track.builder()
                .id(FactId.of(id + ".track"))
                .kind(TrackKind.MANUFACTURING)
                .label(text("track"))
                .condition(track)
                .build())
        .build();
  }

  @Test
  void aMissingInput_givesNull_neverFalse_andFalseStillDecidesAConjunction() {
    EligibilityCriteria plain = criteria("t.plain", revenueAtLeast("2000"));
    EligibilityCriteria twoOfThree =
        criteria(
            "t.two-of-three",
            AtLeast.builder()
                .id(FactId.of("t.n"))
                .label(text("n"))
                .source(SRC)
                .count(2)
                .addConditions(revenueAtLeast("2000"), declared("a"), declared("b"))
                .build());
    DmnModel dmn = DmnModel.of("test", List.of(plain, twoOfThree), IndicatorRegistry.standard());
    DMNRuntime runtime = drools(dmn.xml());
    LocalDate day = LocalDate.of(2024, 6, 1);

    EnterpriseProfile nothing =
        EnterpriseProfile.builder().jurisdiction(JurisdictionCode.CN).build();
    DMNResult r = run(runtime, dmn.inputs(nothing, day));
    assertNull(r.getDecisionResultByName(dmn.decisionName(0)).getResult());
    assertNull(r.getDecisionResultByName(dmn.decisionName(1)).getResult());

    EnterpriseProfile oneFalse =
        EnterpriseProfile.builder()
            .jurisdiction(JurisdictionCode.CN)
            .putValues(Indicators.OPERATING_REVENUE.id(), Quantity.wanYuan("1999.99"))
            .putDeclarations("a", false)
            .build();
    r = run(runtime, dmn.inputs(oneFalse, day));
    assertEquals(Boolean.FALSE, r.getDecisionResultByName(dmn.decisionName(0)).getResult());
    assertEquals(Boolean.FALSE, r.getDecisionResultByName(dmn.decisionName(1)).getResult());

    EnterpriseProfile twoTrue =
        EnterpriseProfile.builder()
            .jurisdiction(JurisdictionCode.CN)
            .putValues(Indicators.OPERATING_REVENUE.id(), Quantity.yiYuan("0.2"))
            .putDeclarations("b", true)
            .build();
    r = run(runtime, dmn.inputs(twoTrue, day));
    assertEquals(Boolean.TRUE, r.getDecisionResultByName(dmn.decisionName(0)).getResult());
    assertEquals(Boolean.TRUE, r.getDecisionResultByName(dmn.decisionName(1)).getResult());
    for (EnterpriseProfile p : List.of(nothing, oneFalse, twoTrue)) {
      for (int c = 0; c < 2; c++) {
        assertEquals(
            EligibilityEvaluator.DEFAULT.evaluate(dmn.criteria().get(c), p, day).outcome(),
            DmnModel.outcome(
                run(runtime, dmn.inputs(p, day))
                    .getDecisionResultByName(dmn.decisionName(c))
                    .getResult()));
      }
    }
  }
}
