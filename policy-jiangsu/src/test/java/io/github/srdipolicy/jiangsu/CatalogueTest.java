package io.github.srdipolicy.jiangsu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.catalog.Coverage;
import io.github.srdipolicy.model.Clause;
import io.github.srdipolicy.model.ClauseStatus;
import io.github.srdipolicy.model.DocumentId;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.TierLadder;
import io.github.srdipolicy.national.NationalSource;
import io.github.srdipolicy.national.NationalTiers;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The catalogue accepts the module's data, outlines are complete, and the chain and ladders are as
 * the documents set them.
 */
class CatalogueTest {
  static final Catalog CATALOG = Catalog.of(new NationalSource(), new JiangsuSource());

  @ParameterizedTest
  @ValueSource(strings = {"苏政办发〔2023〕3号", "金政发〔2022〕33号"})
  void everyEncodedClauseHasFacts(String doc) {
    Coverage coverage = CATALOG.coverage(DocumentId.of(doc));
    assertEquals(List.of(), coverage.encodedWithoutFacts());
    assertTrue(coverage.facts() > coverage.encoded(), "fewer facts than encoded clauses in " + doc);
  }

  @ParameterizedTest
  @ValueSource(strings = {"苏政办发〔2023〕3号", "金政发〔2022〕33号"})
  void clausesWithoutFactsSayWhy(String doc) {
    for (Clause c : CATALOG.document(DocumentId.of(doc)).outline()) {
      assertEquals(c.status() != ClauseStatus.ENCODED, c.reason().isPresent(), c.path());
    }
  }

  @Test
  void annexThreeIsEncodedByTheNationalModuleUnderTheAgreedPaths() {
    PolicyDocument jinhu = CATALOG.document(DocumentId.of(Jiangsu.JINHU_DOC));
    List<String> expected = new java.util.ArrayList<>();
    for (int i = 1; i <= 9; i++) {
      expected.add("附件3 小巨人 " + i);
    }
    for (int i = 1; i <= 7; i++) {
      expected.add("附件3 单项冠军 企业 " + i);
    }
    expected.add("附件3 备注");
    Set<String> citedByNational =
        CATALOG.facts(io.github.srdipolicy.model.Condition.class).stream()
            .map(io.github.srdipolicy.model.Condition::source)
            .filter(r -> r.document().equals(jinhu.id()) && r.clause().startsWith("附件3"))
            .map(io.github.srdipolicy.model.SourceRef::clause)
            .collect(Collectors.toSet());
    for (String path : expected) {
      Clause c = jinhu.clause(path).orElseThrow(() -> new AssertionError("missing " + path));
      assertEquals(ClauseStatus.ENCODED, c.status(), path);
      assertTrue(
          citedByNational.contains(path) || path.equals("附件3 备注"),
          path + " is cited by a national condition");
    }
    assertEquals(ClauseStatus.ENCODED, jinhu.clause("附件3").orElseThrow().status());
    List<String> annex3 =
        jinhu.outline().stream().map(Clause::path).filter(p -> p.startsWith("附件3 ")).toList();
    assertEquals(expected, annex3);
  }

  @Test
  void noFactOfThisModuleCitesAnnexThree() {
    PolicyDocument jinhu = CATALOG.document(DocumentId.of(Jiangsu.JINHU_DOC));
    assertTrue(jinhu.criteria().stream().noneMatch(c -> c.source().clause().startsWith("附件3")));
  }

  @Test
  void jinhuChainsUpToChina() {
    List<JurisdictionCode> chain =
        CATALOG.chain(JiangsuSource.COUNTY).stream().map(Jurisdiction::code).toList();
    assertEquals(
        List.of(
            JurisdictionCode.of("320831"),
            JurisdictionCode.of("320800"),
            JurisdictionCode.of("320000"),
            JurisdictionCode.CN),
        chain);
  }

  @Test
  void aJinhuFirmSeesBothDocumentsWhileBothAreInForce() {
    Set<String> docs =
        CATALOG.documentsInForce(JiangsuSource.COUNTY, java.time.LocalDate.of(2023, 6, 1)).stream()
            .map(d -> d.id().toString())
            .collect(Collectors.toSet());
    assertTrue(docs.containsAll(Set.of("苏政办发〔2023〕3号", "金政发〔2022〕33号")), docs.toString());
  }

  @Test
  void jiangsuLadderRunsFromInnovativeSmeToSingleChampion() {
    TierLadder ladder = CATALOG.fact(FactId.of("jiangsu.2023.ladder"), TierLadder.class);
    assertEquals(JiangsuSource.PROVINCE, ladder.jurisdiction());
    assertEquals(
        List.of(
            JiangsuTiers.INNOVATIVE_SME,
            JiangsuTiers.SRDI_SME,
            NationalTiers.LITTLE_GIANT,
            NationalTiers.SINGLE_CHAMPION),
        ladder.rungs());
    assertEquals("二、(一)", ladder.source().clause());
  }

  @Test
  void jinhuLaddersRunFromTheCountyPoolUpwards() {
    TierLadder recognition =
        CATALOG.fact(FactId.of("jinhu.2022.ladder.recognition"), TierLadder.class);
    assertEquals(
        List.of(
            JiangsuTiers.JINHU_POOL,
            JiangsuTiers.HUAIAN_LITTLE_GIANT,
            JiangsuTiers.LITTLE_GIANT,
            NationalTiers.LITTLE_GIANT,
            NationalTiers.SINGLE_CHAMPION),
        recognition.rungs());
    TierLadder pools = CATALOG.fact(FactId.of("jinhu.2022.ladder.pools"), TierLadder.class);
    assertEquals(
        List.of(JiangsuTiers.JINHU_POOL, JiangsuTiers.HUAIAN_POOL, JiangsuTiers.QIANQI_POOL),
        pools.rungs());
    // a Jinhu firm sees its own ladders first, then the province's
    List<FactId> seen = CATALOG.ladders(JiangsuSource.COUNTY).stream().map(TierLadder::id).toList();
    assertEquals(
        List.of(
            recognition.id(),
            pools.id(),
            FactId.of("jiangsu.2023.ladder"),
            FactId.of("cn.gradient-2026.ladder")),
        seen);
  }

  @Test
  void tiersBelongToTheJurisdictionThatRecognisesThem() {
    assertEquals(JiangsuSource.PROVINCE, CATALOG.tier(JiangsuTiers.INNOVATIVE_SME).jurisdiction());
    assertEquals(JiangsuSource.PROVINCE, CATALOG.tier(JiangsuTiers.SRDI_SME).jurisdiction());
    assertEquals(JiangsuSource.PROVINCE, CATALOG.tier(JiangsuTiers.QIANQI_POOL).jurisdiction());
    assertEquals(JiangsuSource.PROVINCE, CATALOG.tier(JiangsuTiers.LITTLE_GIANT).jurisdiction());
    assertEquals(JiangsuSource.PROVINCE, CATALOG.tier(JiangsuTiers.SRDI_PRODUCT).jurisdiction());
    assertEquals(JiangsuSource.CITY, CATALOG.tier(JiangsuTiers.HUAIAN_POOL).jurisdiction());
    assertEquals(JiangsuSource.CITY, CATALOG.tier(JiangsuTiers.HUAIAN_LITTLE_GIANT).jurisdiction());
    assertEquals(JiangsuSource.CITY, CATALOG.tier(JiangsuTiers.HUAIAN_SRDI_PRODUCT).jurisdiction());
    assertEquals(JiangsuSource.COUNTY, CATALOG.tier(JiangsuTiers.JINHU_POOL).jurisdiction());
    for (TierId product : List.of(JiangsuTiers.SRDI_PRODUCT, JiangsuTiers.HUAIAN_SRDI_PRODUCT)) {
      assertEquals(io.github.srdipolicy.model.TierSubject.PRODUCT, CATALOG.tier(product).subject());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"苏政办发〔2023〕3号", "金政发〔2022〕33号"})
  void everyFactCitesAClauseOfItsOwnOutline(String doc) {
    PolicyDocument d = CATALOG.document(DocumentId.of(doc));
    List<io.github.srdipolicy.model.SourceRef> refs = new java.util.ArrayList<>();
    d.tiers().forEach(t -> refs.add(t.source()));
    d.ladders().forEach(l -> refs.add(l.source()));
    d.targets().forEach(t -> refs.add(t.source()));
    d.measures().forEach(m -> refs.add(m.source()));
    d.provisions().forEach(p -> refs.add(p.source()));
    d.incentives()
        .forEach(
            i -> {
              refs.add(i.source());
              refs.add(i.stacking().source());
            });
    d.criteria().forEach(c -> refs.add(c.source()));
    assertTrue(refs.size() > 20);
    for (io.github.srdipolicy.model.SourceRef ref : refs) {
      assertEquals(d.id(), ref.document(), ref.toString());
      assertTrue(
          d.clause(ref.clause()).map(c -> c.status() == ClauseStatus.ENCODED).orElse(false),
          ref + " is not an encoded clause of the outline");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"苏政办发〔2023〕3号", "金政发〔2022〕33号"})
  void documentsSurviveAJsonRoundTrip(String doc) {
    PolicyDocument d = CATALOG.document(DocumentId.of(doc));
    String json = io.github.srdipolicy.json.PolicyJson.write(d);
    assertEquals(
        json,
        io.github.srdipolicy.json.PolicyJson.write(
            io.github.srdipolicy.json.PolicyJson.read(json, PolicyDocument.class)));
  }

  @Test
  void everyTierOfTheModuleSaysWhoRecognisesIt() {
    List<TierId> ours =
        List.of(
            JiangsuTiers.INNOVATIVE_SME,
            JiangsuTiers.SRDI_SME,
            JiangsuTiers.QIANQI_POOL,
            JiangsuTiers.LITTLE_GIANT,
            JiangsuTiers.SRDI_PRODUCT,
            JiangsuTiers.HUAIAN_POOL,
            JiangsuTiers.HUAIAN_LITTLE_GIANT,
            JiangsuTiers.HUAIAN_SRDI_PRODUCT,
            JiangsuTiers.JINHU_POOL);
    for (TierId id : ours) {
      assertTrue(CATALOG.tier(id).description().isPresent(), id.toString());
    }
    long defined =
        Stream.of("苏政办发〔2023〕3号", "金政发〔2022〕33号")
            .mapToLong(d -> CATALOG.document(DocumentId.of(d)).tiers().size())
            .sum();
    assertEquals(ours.size(), defined);
  }
}
