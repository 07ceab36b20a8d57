package io.github.srdipolicy.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.engine.EligibilityReport;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.model.Clause;
import io.github.srdipolicy.model.DocumentId;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.Fact;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.Incentive;
import io.github.srdipolicy.model.Indicators;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.TriggerKind;
import io.github.srdipolicy.testing.FakePolicy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CatalogTest {
  private static final Catalog CATALOG = Catalog.of(new FakePolicy());

  @Test
  @DisplayName("the chain of a county runs up to CN")
  void chain_countyToNational() {
    assertEquals(
        List.of(FakePolicy.COUNTY, FakePolicy.PROVINCE, JurisdictionCode.CN),
        CATALOG.chain(FakePolicy.COUNTY).stream().map(Jurisdiction::code).toList());
  }

  @Test
  @DisplayName("documents in force: inside the validity but not before it, and only for the chain")
  void documentsInForce() {
    assertEquals(
        List.of(DocumentId.of(FakePolicy.DOC)),
        CATALOG.documentsInForce(FakePolicy.COUNTY, LocalDate.of(2024, 6, 1)).stream()
            .map(PolicyDocument::id)
            .toList());
    assertTrue(CATALOG.documentsInForce(FakePolicy.COUNTY, LocalDate.of(2024, 1, 14)).isEmpty());
    assertTrue(CATALOG.documentsInForce(FakePolicy.COUNTY, LocalDate.of(2027, 1, 1)).isEmpty());
    assertTrue(
        CATALOG.documentsInForce(FakePolicy.PROVINCE, LocalDate.of(2024, 6, 1)).isEmpty(),
        "a county document does not apply to the province above it");
  }

  @Test
  @DisplayName("ids round-trip through of(toString()) and unknown ids throw, naming the id")
  void lookups_byStableId() {
    for (Fact fact : CATALOG.facts(Fact.class)) {
      FactId id = fact.id();
      assertEquals(fact, CATALOG.fact(FactId.of(id.toString())));
    }
    assertEquals(FakePolicy.GIANT, CATALOG.tier(TierId.of(FakePolicy.GIANT.toString())).id());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CATALOG.tier(TierId.of("fake.nothing")));
    assertTrue(e.getMessage().contains("fake.nothing"));
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> CATALOG.fact(FactId.of("fake.pool.criteria"), Incentive.class));
    assertTrue(e.getMessage().contains("fake.pool.criteria"));
    e =
        assertThrows(
            IllegalArgumentException.class, () -> CATALOG.document(DocumentId.of("无此文〔2000〕1号")));
    assertTrue(e.getMessage().contains("无此文〔2000〕1号"));
  }

  @Test
  @DisplayName("queries by tier, trigger and document")
  void queries() {
    assertEquals(
        List.of(FactId.of("fake.giant.criteria")),
        CATALOG.criteriaFor(FakePolicy.GIANT).stream().map(EligibilityCriteria::id).toList());
    assertTrue(CATALOG.criteriaFor(FakePolicy.GIANT, LocalDate.of(2023, 1, 1)).isEmpty());
    assertEquals(2, CATALOG.incentives(TriggerKind.FIRST_RECOGNITION).size());
    assertEquals(
        List.of(FactId.of("fake.reward.pool")),
        CATALOG.incentivesFor(FakePolicy.POOL).stream().map(Incentive::id).toList());
    assertEquals(
        DocumentId.of(FakePolicy.DOC), CATALOG.documentOf(FactId.of("fake.giant.rnd.mid")).id());
    assertEquals(1, CATALOG.ladders(FakePolicy.COUNTY).size());
  }

  @Test
  @DisplayName("match evaluates every criteria in force for the firm's chain")
  void match_allCriteriaInForce() {
    EnterpriseProfile p =
        EnterpriseProfile.builder()
            .jurisdiction(FakePolicy.COUNTY)
            .putValues(Indicators.FOUNDING_YEAR.id(), Quantity.calendarYear(2015))
            .putDeclarations("well-managed", true)
            .build();
    List<EligibilityReport> reports = CATALOG.match(p, LocalDate.of(2024, 6, 1));
    assertEquals(
        List.of(FakePolicy.POOL, FakePolicy.GIANT),
        reports.stream().map(EligibilityReport::tier).toList());
    assertTrue(CATALOG.match(p, LocalDate.of(2020, 1, 1)).isEmpty());
  }

  @Test
  @DisplayName("coverage counts clause statuses and finds encoded clauses without facts")
  void coverage() {
    Coverage c = CATALOG.coverage(DocumentId.of(FakePolicy.DOC));
    assertEquals(3, c.clauses());
    assertEquals(3, c.encoded());
    assertEquals(List.of(), c.encodedWithoutFacts());

    PolicyDocument extra =
        PolicyDocument.builder()
            .from(FakePolicy.document())
            .addOutline(Clause.encoded("4", "空", "empty"))
            .build();
    Coverage withEmpty = Catalog.of(source(extra)).coverage(extra.id());
    assertEquals(List.of("4"), withEmpty.encodedWithoutFacts());
  }

  @Test
  @DisplayName(
      "a fact citing a clause missing from the outline makes the catalogue fail, naming both")
  void inconsistent_clauseNotInOutline() {
    PolicyDocument broken =
        PolicyDocument.builder()
            .from(FakePolicy.document())
            .outline(
                List.of(Clause.encoded("1", "入库", "pool"), Clause.encoded("3", "奖励", "rewards")))
            .build();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Catalog.of(source(broken)));
    assertTrue(e.getMessage().contains("cites clause '2'"), e.getMessage());
  }

  @Test
  @DisplayName("a criteria for an unknown tier makes the catalogue fail, naming the tier")
  void inconsistent_unknownTier() {
    PolicyDocument broken =
        PolicyDocument.builder()
            .from(FakePolicy.document())
            .tiers(List.of(FakePolicy.document().tiers().get(1)))
            .ladders(List.of())
            .build();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Catalog.of(source(broken)));
    assertTrue(e.getMessage().contains("unknown tier fake.pool"), e.getMessage());
  }

  @Test
  @DisplayName("a threshold in a unit its indicator does not accept makes the catalogue fail")
  void inconsistent_wrongUnit() {
    EligibilityCriteria bad =
        EligibilityCriteria.builder()
            .from(FakePolicy.giantCriteria())
            .id(FactId.of("fake.bad"))
            .tracks(
                List.of(
                    io.github.srdipolicy.model.Track.builder()
                        .id(FactId.of("fake.bad.track"))
                        .kind(io.github.srdipolicy.model.TrackKind.GENERAL)
                        .label(FakePolicy.text("bad"))
                        .condition(
                            FakePolicy.cmp(
                                "fake.bad.cmp",
                                Indicators.OPERATING_REVENUE,
                                io.github.srdipolicy.model.Operator.AT_LEAST,
                                Quantity.percent("3")))
                        .build()))
            .build();
    PolicyDocument broken =
        PolicyDocument.builder().from(FakePolicy.document()).addCriteria(bad).build();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Catalog.of(source(broken)));
    assertTrue(e.getMessage().contains("fake.bad.cmp"), e.getMessage());
  }

  @Test
  @DisplayName("two facts with one id make the catalogue fail")
  void inconsistent_duplicateId() {
    PolicyDocument broken =
        PolicyDocument.builder()
            .from(FakePolicy.document())
            .addIncentives(FakePolicy.document().incentives().get(0))
            .build();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Catalog.of(source(broken)));
    assertTrue(e.getMessage().contains("fake.reward.pool"), e.getMessage());
  }

  private static PolicySource source(PolicyDocument doc) {
    FakePolicy fake = new FakePolicy();
    return new PolicySource() {
      @Override
      public String name() {
        return "fake-variant";
      }

      @Override
      public List<Jurisdiction> jurisdictions() {
        return fake.jurisdictions();
      }

      @Override
      public List<PolicyDocument> documents() {
        return List.of(doc);
      }
    };
  }
}
