package io.github.srdipolicy.jilin;

import static io.github.srdipolicy.jilin.Fixtures.BAIQIANWAN_2018;
import static io.github.srdipolicy.jilin.Fixtures.CATALOG;
import static io.github.srdipolicy.jilin.Fixtures.JIAOHE_2022;
import static io.github.srdipolicy.jilin.Fixtures.PROVINCE_2022;
import static io.github.srdipolicy.jilin.Fixtures.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.catalog.Coverage;
import io.github.srdipolicy.json.PolicyJson;
import io.github.srdipolicy.model.Clause;
import io.github.srdipolicy.model.ClauseStatus;
import io.github.srdipolicy.model.Completeness;
import io.github.srdipolicy.model.DocumentId;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.SourceRef;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.TierLadder;
import io.github.srdipolicy.national.NationalTiers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JilinCatalogTest {

  // ------------------------------------------------------------------ outlines

  /** The clause paths of each document, typed by reading it, with their expected status. */
  private static final Map<String, List<String>> ENCODED =
      Map.of(
          PROVINCE_2022,
              List.of(
                  "一、(一)",
                  "一、(二)专",
                  "一、(二)精",
                  "一、(二)特",
                  "一、(二)新",
                  "一、(三)第1项",
                  "一、(三)第2项",
                  "一、(三)第3项",
                  "一、(三)第4项",
                  "二、",
                  "二、(一)",
                  "二、(一)1",
                  "二、(一)2",
                  "二、(一)3",
                  "二、(一)4"),
          JIAOHE_2022, jiaoheEncoded(),
          BAIQIANWAN_2018,
              List.of(
                  "一、", "二、", "三、(一)", "三、(二)", "三、(三)", "四、(一)", "四、(二)", "四、(三)", "四、(四)", "五、"));

  private static final Map<String, List<String>> NO_FACT =
      Map.of(
          PROVINCE_2022, List.of("导语", "一、", "一、(二)", "一、(三)"),
          JIAOHE_2022,
              List.of(
                  "通知",
                  "方案导语",
                  "一、",
                  "一、(二)",
                  "一、(三)",
                  "二、",
                  "三、",
                  "附件",
                  "附件1",
                  "附件1 包保领导",
                  "附件2",
                  "抄送"),
          BAIQIANWAN_2018, List.of("文头", "导语", "三、", "四、", "五、联系方式", "落款"));
  private static final Map<String, List<String>> NOT_AVAILABLE =
      Map.of(
          PROVINCE_2022, List.of("二、(一)4 其余", "二、(二)", "二、(三)", "二、(四)", "二、(五)", "二、(六)", "其余部分"),
          JIAOHE_2022, List.of(),
          BAIQIANWAN_2018, List.of("附件"));

  private static List<String> jiaoheEncoded() {
    List<String> paths =
        new ArrayList<>(
            List.of(
                "一、(一)",
                "一、(二)专",
                "一、(二)精",
                "一、(二)特",
                "一、(二)新",
                "一、(三)1",
                "一、(三)2",
                "一、(三)3",
                "一、(三)4",
                "二、(一)",
                "二、(一)第1项",
                "二、(一)第2项",
                "二、(二)",
                "二、(二)第1项",
                "二、(二)第2项",
                "二、(二)第3项",
                "二、(二)第4项",
                "二、(二)第5项",
                "二、(三)",
                "二、(四)",
                "二、(四)第1项",
                "二、(四)第2项",
                "二、(四)第3项",
                "三、(一)",
                "三、(二)",
                "三、(三)",
                "三、(四)"));
    for (int i = 1; i <= 12; i++) {
      paths.add("附件1 序号" + i);
    }
    paths.addAll(
        List.of(
            "附件1 备注",
            "附件2 (一)1",
            "附件2 (一)2",
            "附件2 (二)1",
            "附件2 (二)2",
            "附件2 (二)3",
            "附件2 (二)4",
            "附件2 (二)5",
            "附件2 (三)",
            "附件2 (四)1",
            "附件2 (四)2",
            "附件2 (四)3"));
    return paths;
  }

  private static List<String> paths(PolicyDocument d, ClauseStatus status) {
    return d.outline().stream()
        .filter(c -> c.status() == status)
        .map(Clause::path)
        .sorted()
        .toList();
  }

  private static List<String> sorted(List<String> paths) {
    return paths.stream().sorted().toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {PROVINCE_2022, JIAOHE_2022, BAIQIANWAN_2018})
  void outlineListsEveryClauseWithItsStatus(String id) {
    PolicyDocument d = doc(id);
    assertEquals(
        sorted(ENCODED.get(id)), paths(d, ClauseStatus.ENCODED), "encoded clauses of " + id);
    assertEquals(
        sorted(NO_FACT.get(id)),
        paths(d, ClauseStatus.NO_ENCODABLE_FACT),
        "no-fact clauses of " + id);
    assertEquals(
        sorted(NOT_AVAILABLE.get(id)),
        paths(d, ClauseStatus.NOT_AVAILABLE),
        "missing clauses of " + id);
    for (Clause c : d.outline()) {
      assertFalse(
          c.heading().zh().isBlank() || c.heading().en().isBlank(), "heading of " + c.path());
      assertEquals(
          c.status() != ClauseStatus.ENCODED, c.reason().isPresent(), "reason of " + c.path());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {PROVINCE_2022, JIAOHE_2022, BAIQIANWAN_2018})
  void everyFactCitesAnEncodedClauseOfItsDocument(String id) {
    PolicyDocument d = doc(id);
    for (SourceRef ref : Fixtures.sources(d)) {
      assertEquals(DocumentId.of(id), ref.document(), "a fact of " + id + " cites " + ref);
      assertEquals(
          ClauseStatus.ENCODED,
          d.clause(ref.clause()).map(Clause::status).orElse(null),
          "clause cited by a fact: " + ref);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {PROVINCE_2022, JIAOHE_2022, BAIQIANWAN_2018})
  void noEncodedClauseLacksFacts(String id) {
    Coverage coverage = CATALOG.coverage(DocumentId.of(id));
    assertEquals(List.of(), coverage.encodedWithoutFacts());
    assertEquals(ENCODED.get(id).size(), coverage.encoded());
  }

  @Test
  void provinceOpinionsArePartialWithANote() {
    PolicyDocument d = doc(PROVINCE_2022);
    assertEquals(Completeness.PARTIAL, d.completeness());
    assertTrue(d.completenessNote().orElseThrow().zh().contains("二、(一)4"));
    assertEquals(Completeness.COMPLETE, doc(JIAOHE_2022).completeness());
    assertEquals(Completeness.COMPLETE, doc(BAIQIANWAN_2018).completeness());
  }

  // ------------------------------------------------------------------ metadata and queries

  @Test
  void metadataAsStatedOrDerived() {
    PolicyDocument province = doc(PROVINCE_2022);
    assertTrue(province.issued().isEmpty(), "the text does not give the date of issue");
    assertEquals(LocalDate.of(2022, 1, 1), province.validity().start());
    assertTrue(province.validityNote().isPresent());
    assertEquals(JilinSource.PROVINCE, province.jurisdiction());

    PolicyDocument jiaohe = doc(JIAOHE_2022);
    assertEquals(LocalDate.of(2022, 4, 28), jiaohe.issued().orElseThrow());
    assertEquals(LocalDate.of(2022, 4, 28), jiaohe.validity().start());
    assertEquals(List.of(DocumentId.of(PROVINCE_2022)), jiaohe.implementsDocuments());
    assertEquals(JilinSource.COUNTY, jiaohe.jurisdiction());

    PolicyDocument action = doc(BAIQIANWAN_2018);
    assertEquals(LocalDate.of(2018, 8, 27), action.issued().orElseThrow());
    assertEquals(LocalDate.of(2018, 9, 21), action.published().orElseThrow());
    assertEquals(JilinSource.PROVINCE, action.jurisdiction());
  }

  @Test
  void jiaoheChainWalksUpToTheNation() {
    assertEquals(
        List.of("220281", "220200", "220000", "CN"),
        CATALOG.chain(JurisdictionCode.of("220281")).stream()
            .map(j -> j.code().toString())
            .toList());
    Jurisdiction jiaohe = CATALOG.jurisdiction(JurisdictionCode.of("220281"));
    assertEquals("蛟河市", jiaohe.name().zh());
  }

  private static List<String> ids(List<PolicyDocument> docs, boolean national) {
    return docs.stream()
        .filter(d -> d.jurisdiction().equals(JurisdictionCode.CN) == national)
        .map(d -> d.id().toString())
        .toList();
  }

  @Test
  void documentsInForceForAJiaoheFirmInMid2023() {
    List<PolicyDocument> docs =
        CATALOG.documentsInForce(JurisdictionCode.of("220281"), LocalDate.of(2023, 6, 1));
    // Province before county; the 2018 action ended with 2018.
    assertEquals(List.of(PROVINCE_2022, JIAOHE_2022), ids(docs, false));
    assertTrue(ids(docs, true).containsAll(List.of("工信部企业〔2022〕63号", "工信部产业〔2016〕105号")));
    assertTrue(
        docs.indexOf(doc(PROVINCE_2022)) > docs.indexOf(doc("工信部企业〔2022〕63号")), "national first");
  }

  @Test
  void documentsInForceForAJiaoheFirmIn2017() {
    List<PolicyDocument> docs =
        CATALOG.documentsInForce(JurisdictionCode.of("220281"), LocalDate.of(2017, 1, 1));
    assertEquals(List.of(), ids(docs, false));
    assertEquals(
        List.of("工信部产业〔2016〕105号"),
        ids(docs, true).stream()
            .filter(id -> id.equals("工信部产业〔2016〕105号") || id.equals("工信部企业〔2022〕63号"))
            .toList());
  }

  @Test
  void theHundredThousandActionWasInForceInAutumn2018() {
    List<PolicyDocument> docs =
        CATALOG.documentsInForce(JurisdictionCode.of("220281"), LocalDate.of(2018, 9, 28));
    assertEquals(List.of(BAIQIANWAN_2018), ids(docs, false));
  }

  // ------------------------------------------------------------------ tiers and ladders

  @Test
  void eachJilinTierIsDefinedOnceWhereBestDescribed() {
    Map<TierId, String> definedIn =
        Map.of(
            JilinTiers.SEED_ENTERPRISE, PROVINCE_2022,
            JilinTiers.PREFECTURE_SRDI_SME, PROVINCE_2022,
            JilinTiers.PROVINCIAL_SRDI_SME, PROVINCE_2022,
            JilinTiers.HUNDRED_STRONG_PRIVATE, BAIQIANWAN_2018,
            JilinTiers.JILIN_CITY_SRDI_SME, JIAOHE_2022,
            JilinTiers.JIAOHE_SEED_ENTERPRISE, JIAOHE_2022);
    Map<TierId, String> actual =
        CATALOG.documents().stream()
            .filter(d -> !d.jurisdiction().equals(JurisdictionCode.CN))
            .flatMap(d -> d.tiers().stream().map(t -> Map.entry(t.id(), d.id().toString())))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertEquals(definedIn, actual);
    assertEquals(
        JurisdictionCode.of("220200"), CATALOG.tier(JilinTiers.JILIN_CITY_SRDI_SME).jurisdiction());
    assertEquals(
        JurisdictionCode.of("220281"),
        CATALOG.tier(JilinTiers.JIAOHE_SEED_ENTERPRISE).jurisdiction());
    assertEquals("二、(一)3", CATALOG.tier(JilinTiers.PROVINCIAL_SRDI_SME).source().clause());
  }

  @Test
  void laddersForJiaoheAndTheProvince() {
    List<TierLadder> ladders = CATALOG.ladders(JurisdictionCode.of("220281"));
    assertEquals(
        List.of("jiaohe.ladder", "jilin.gradient.ladder", "cn.gradient-2026.ladder"),
        ladders.stream().map(l -> l.id().toString()).toList());
    assertEquals(
        List.of(
            JilinTiers.JIAOHE_SEED_ENTERPRISE,
            JilinTiers.JILIN_CITY_SRDI_SME,
            JilinTiers.PROVINCIAL_SRDI_SME,
            NationalTiers.LITTLE_GIANT),
        ladders.get(0).rungs());
    assertEquals("二、(一)", ladders.get(0).source().clause());
    assertEquals(
        List.of(
            JilinTiers.SEED_ENTERPRISE,
            JilinTiers.PREFECTURE_SRDI_SME,
            JilinTiers.PROVINCIAL_SRDI_SME,
            NationalTiers.LITTLE_GIANT,
            NationalTiers.SINGLE_CHAMPION),
        ladders.get(1).rungs());
    // 二、(一) builds four pool levels; the single champion comes from the heading of item 4, and the
    // label says so.
    assertTrue(ladders.get(1).label().zh().startsWith("四级培育库"));
    assertTrue(ladders.get(1).label().en().contains("single champion above them"));
  }

  // ------------------------------------------------------------------ personal data

  /**
   * SHA-256 digests (hex, UTF-8, spaces removed) of the names in the 包保领导 column of annex 1 of
   * 蛟政发〔2022〕4号, and of the contact person, telephone number and e-mail user in 五、 of
   * 吉工信民营〔2018〕350号: the project must not hold these, so the test holds only their digests.
   */
  private static final Set<String> PERSONAL_DIGESTS =
      Set.of(
          "51de2a8f49fc43c512d782e152bad6f2fc780784c0d8e8885892665d18ca13c1",
          "70a0d9b5869b2c1088eeac234a2be1e986cb7d280547c9c4569698610d1a44bd",
          "b368d5319309e7c4c44760030196754eba39b2ad601935bd1407d4b995f41d10",
          "edeaa0cf4727b6da5500e54a8897ea9585a18699d497d1a18032b84708240db9",
          "958ac43d06e81a5188e82f3b8ec24dd2698a450229bcb898403d6b114e17c4e5",
          "4540117f46f60a6b68ec52674477cf3813bc743ca8277098825e6f79f7036624",
          "90921c59fbb69f09cbad8a6a54ec026e67b3c5bd694054cfdd74619ebc5ed7c3",
          "4a87c0b21853529e148c9645f24794f241cb9484ec75bd1099123ab88a6539ad",
          "312295fe2e04de11a111cad0adf19b9b360619b5f209d4a8f7acbe68971fe8cc",
          "9f903a1a3beabcdbd932265073d43dd4e6b80f359dca6f72df1fabadc3246f99");

  /**
   * The lengths of the strings digested above: two- and three-character names, an 8- and a 9-digit
   * number.
   */
  private static final List<Integer> PERSONAL_LENGTHS = List.of(2, 3, 8, 9);

  private static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The substrings of the given lengths (whitespace removed first) whose digest is in the set. */
  private static List<String> digestHits(String text, Set<String> digests) {
    String compact = text.replaceAll("\\s+", "");
    Set<String> windows = new HashSet<>();
    for (int length : PERSONAL_LENGTHS) {
      for (int i = 0; i + length <= compact.length(); i++) {
        windows.add(compact.substring(i, i + length));
      }
    }
    return windows.stream().filter(w -> digests.contains(sha256(w))).sorted().toList();
  }

  @Test
  void noOfficialOrContactPersonIsInTheSerialisedCatalogue() {
    String json = PolicyJson.write(CATALOG.documents());
    // The scan finds what is there: a fragment of a pool firm's name is detected by its digest.
    assertEquals(List.of("长白山"), digestHits(json, Set.of(sha256("长白山"))));
    assertEquals(List.of(), digestHits(json, PERSONAL_DIGESTS));
  }

  @Test
  void documentsRoundTripThroughJson() {
    for (String id : List.of(PROVINCE_2022, JIAOHE_2022, BAIQIANWAN_2018)) {
      PolicyDocument d = doc(id);
      assertEquals(d, PolicyJson.read(PolicyJson.write(d), PolicyDocument.class), id);
    }
  }
}
