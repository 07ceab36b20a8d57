package io.github.srdipolicy.server;

import static io.github.srdipolicy.server.TestServer.CATALOG;
import static io.github.srdipolicy.server.TestServer.JSON;
import static io.github.srdipolicy.server.TestServer.enc;
import static io.github.srdipolicy.server.TestServer.get;
import static io.github.srdipolicy.server.TestServer.post;
import static io.github.srdipolicy.server.TestServer.postJson;
import static io.github.srdipolicy.server.TestServer.sampleJson;
import static io.github.srdipolicy.server.TestServer.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.srdipolicy.assessment.Assessor;
import io.github.srdipolicy.assessment.TierAssessment;
import io.github.srdipolicy.catalog.CriteriaDiff;
import io.github.srdipolicy.engine.EligibilityReport;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.json.PolicyJson;
import io.github.srdipolicy.model.Comparison;
import io.github.srdipolicy.model.Divisions;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.TierLadder;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The JSON API over real HTTP, each answer checked against the library it serves. */
class ApiTest {
  private static final LocalDate DATE = LocalDate.of(2023, 6, 1);
  private static final Assessor ASSESSOR = Assessor.of(CATALOG);

  @Test
  void healthAndVersion() {
    assertEquals("UP", get("/api/v1/health").json().get("status").asText());
    JsonNode v = get("/api/v1/version").json();
    assertEquals(CATALOG.sourceNames(), texts(v.get("sources")));
    assertEquals(CATALOG.documents().size(), v.get("documents").asInt());
    assertFalse(v.get("version").asText().contains("${"), "the version is filled in at build time");
  }

  @Test
  void jurisdictionSearchByNameCodeAndParentOverEveryDivision() {
    Divisions divisions = Divisions.standard();
    assertEquals(List.of("220281"), codes(get("/api/v1/jurisdictions?q=" + enc("蛟河")).json()));
    assertEquals(List.of("220281"), codes(get("/api/v1/jurisdictions?q=jiaohe").json()));
    assertEquals(
        divisions.search("2202").stream().map(j -> j.code().toString()).limit(50).toList(),
        codes(get("/api/v1/jurisdictions?q=2202").json()));
    List<String> provinces = codes(get("/api/v1/jurisdictions?parent=CN").json());
    assertEquals(
        divisions.children(JurisdictionCode.CN).stream().map(j -> j.code().toString()).toList(),
        provinces);
    assertTrue(
        provinces.contains("220000") && provinces.contains("320000") && provinces.size() >= 31);
    JsonNode limited = get("/api/v1/jurisdictions?limit=1").json();
    assertEquals(1, limited.get("items").size());
    assertEquals(divisions.all().size(), limited.get("total").asInt());
    List<String> counties = codes(get("/api/v1/jurisdictions?parent=220200&level=county").json());
    assertTrue(counties.contains("220281"), counties.toString());
    assertEquals(
        divisions.children(JurisdictionCode.of("220200")).stream()
            .filter(j -> j.level() == io.github.srdipolicy.model.JurisdictionLevel.COUNTY)
            .map(j -> j.code().toString())
            .toList(),
        counties);
  }

  @Test
  void jurisdictionWithChainAndChildren() {
    JsonNode j = get("/api/v1/jurisdictions/220200").json();
    assertEquals("吉林市", j.get("name").get("zh").asText());
    assertEquals(List.of("220200", "220000", "CN"), chainCodes(j.get("chain")));
    assertEquals(
        Divisions.standard().children(JurisdictionCode.of("220200")).stream()
            .map(x -> x.code().toString())
            .toList(),
        chainCodes(j.get("children")));
    // A place without documents of its own still has the chain above it.
    List<String> other = chainCodes(get("/api/v1/jurisdictions/110101").json().get("chain"));
    assertEquals("CN", other.get(other.size() - 1));
  }

  @Test
  void laddersRungsBottomFirstAsInTheCatalogue() {
    JsonNode r = get("/api/v1/jurisdictions/220281/ladders").json();
    List<TierLadder> ladders = CATALOG.ladders(JurisdictionCode.of("220281"));
    assertEquals(ladders.size(), r.get("ladders").size());
    for (int i = 0; i < ladders.size(); i++) {
      JsonNode l = r.get("ladders").get(i);
      assertEquals(ladders.get(i).id().toString(), l.get("id").asText());
      List<String> rungs =
          StreamSupport.stream(l.get("rungs").spliterator(), false)
              .map(n -> n.get("id").asText())
              .toList();
      assertEquals(ladders.get(i).rungs().stream().map(TierId::toString).toList(), rungs);
    }
  }

  @Test
  void tierExplainedWithCriteriaInForce() {
    JsonNode all = get("/api/v1/tiers/cn.little-giant").json();
    assertEquals(
        CATALOG.criteriaFor(TierId.of("cn.little-giant")).size(), all.get("criteria").size());
    JsonNode dated = get("/api/v1/tiers/cn.little-giant?asOf=2023-06-01").json();
    assertEquals(
        CATALOG.criteriaFor(TierId.of("cn.little-giant"), DATE).size(),
        dated.get("criteria").size());
    assertEquals("cn.little-giant", dated.get("tier").get("id").asText());
    assertEquals(CATALOG.tiers().size(), get("/api/v1/tiers").json().get("items").size());
  }

  @Test
  void documentsInForceAndOneDocumentByItsNumber() {
    JsonNode r = get("/api/v1/documents?jurisdiction=220281&asOf=2023-06-01").json();
    List<String> ids =
        StreamSupport.stream(r.get("items").spliterator(), false)
            .map(n -> n.get("id").asText())
            .toList();
    assertEquals(
        CATALOG.documentsInForce(JurisdictionCode.of("220281"), DATE).stream()
            .map(d -> d.id().toString())
            .toList(),
        ids);
    assertTrue(ids.contains("蛟政发〔2022〕4号"));
    assertEquals(CATALOG.documents().size(), get("/api/v1/documents").json().get("items").size());

    JsonNode doc = get("/api/v1/documents/" + enc("蛟政发〔2022〕4号")).json();
    assertEquals("蛟政发〔2022〕4号", doc.get("id").asText());
    PolicyDocument d =
        CATALOG.documents().stream()
            .filter(x -> x.id().toString().equals("蛟政发〔2022〕4号"))
            .findFirst()
            .orElseThrow();
    assertEquals(d.outline().size(), doc.get("outline").size());
    assertEquals(d.incentives().size(), doc.get("incentives").size());
  }

  @Test
  void compareGroupsEveryThresholdByIndicator() {
    JsonNode r = get("/api/v1/compare").json();
    int total = 0;
    for (JsonNode group : r.get("thresholds")) {
      total += group.size();
    }
    assertEquals(CATALOG.facts(Comparison.class).size(), total);
    JsonNode one = get("/api/v1/compare?indicator=rnd-intensity").json();
    assertEquals(List.of("rnd-intensity"), iterable(one.get("thresholds").fieldNames()));
  }

  @Test
  void diffOfTwoCriteriaIsTheLibrarysDiff() {
    List<EligibilityCriteria> lg = CATALOG.criteriaFor(TierId.of("cn.little-giant"));
    assertTrue(lg.size() >= 2, "two national documents set little-giant criteria");
    EligibilityCriteria a = lg.get(0);
    EligibilityCriteria b = lg.get(1);
    JsonNode r =
        get("/api/v1/diff?a=" + enc(a.id().toString()) + "&b=" + enc(b.id().toString())).json();
    List<CriteriaDiff.Change> changes = CriteriaDiff.between(a, b);
    assertEquals(changes.size(), r.get("changes").size());
    for (int i = 0; i < changes.size(); i++) {
      assertEquals(changes.get(i).key(), r.get("changes").get(i).get("key").asText());
      assertEquals(changes.get(i).kind().toString(), r.get("changes").get(i).get("kind").asText());
    }
  }

  @Test
  void schemasAreTheLibrarysOwn() throws IOException {
    assertEquals(JSON.readTree(PolicyJson.profileSchema()), get("/api/v1/schemas/profile").json());
    assertEquals(JSON.readTree(PolicyJson.reportSchema()), get("/api/v1/schemas/report").json());
  }

  @Test
  void assessmentHasTheEnginesOutcomeForEveryTier() {
    ObjectNode firm = sampleJson("jiaohe-firm.json");
    JsonNode r = postJson("/api/v1/assess", firm).json();
    Map<String, String> expected = engineOutcomes(firm, DATE);
    Map<String, String> actual = pageOutcomes(r);
    assertEquals(expected, withoutUnassessed(actual));
    // Ladders and rungs in the assessor's order, bottom rung first.
    io.github.srdipolicy.assessment.Assessment expectedA =
        ASSESSOR.assess(PolicyJson.readProfile(firm.toString()), DATE);
    assertEquals(expectedA.ladders().size(), r.get("ladders").size());
    for (int i = 0; i < expectedA.ladders().size(); i++) {
      List<String> rungs =
          StreamSupport.stream(r.get("ladders").get(i).get("rungs").spliterator(), false)
              .map(JsonNode::asText)
              .toList();
      assertEquals(
          expectedA.ladders().get(i).rungs().stream().map(TierId::toString).toList(), rungs);
    }
    // Each decided standing is the engine's outcome for the criteria the assessment chose; a held
    // tier says the outcome its criteria have today.
    EnterpriseProfile p = PolicyJson.readProfile(firm.toString());
    Map<String, String> byCriteria = new HashMap<>();
    CATALOG
        .match(p, DATE)
        .forEach(rep -> byCriteria.put(rep.criteria().toString(), rep.outcome().toString()));
    r.get("tiers")
        .forEach(
            t -> {
              if (t.has("criteria")) {
                String outcome =
                    t.get("standing").asText().equals("HELD")
                        ? t.get("outcome").asText()
                        : t.get("standing").asText();
                assertEquals(byCriteria.get(t.get("criteria").asText()), outcome, t.toString());
              }
            });
    assertTrue(
        r.toString().contains("\"standing\":\"HELD\""), "the sample holds the innovative-SME tier");
  }

  @Test
  void theSummaryOfOneFirmIsAtMost20KbAndNamesEachClauseOnce() {
    for (String sample : List.of("jiaohe-firm.json", "jinhu-firm.json")) {
      TestServer.Response r = postJson("/api/v1/assess", sampleJson(sample));
      int bytes = r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      assertTrue(bytes <= 20 * 1024, sample + ": " + bytes + " bytes");
      List<String> sources = new ArrayList<>();
      r.json().get("sources").forEach(s -> sources.add(s.toString()));
      assertEquals(
          sources.size(), sources.stream().distinct().count(), "each clause once: " + sources);
    }
  }

  @Test
  void answersGoWholeWithTheirLengthAndCompressedOnlyWhenAsked() throws Exception {
    String firm = sampleJson("jiaohe-firm.json").toString();
    // Small enough for Jetty's buffer (the assessment) and larger than it (the trace): both go out
    // with their length, not in chunks.
    for (String path : List.of("/api/v1/assess", "/api/v1/assess?detail=trace")) {
      HttpResponse<byte[]> plain = raw(path, firm, false);
      assertEquals(200, plain.statusCode());
      assertEquals(
          String.valueOf(plain.body().length),
          plain.headers().firstValue("Content-Length").orElse("none"),
          path);
      assertTrue(plain.headers().firstValue("Transfer-Encoding").isEmpty(), path);
      assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), path);
      HttpResponse<byte[]> gzip = raw(path, firm, true);
      assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse("none"), path);
      try (java.io.InputStream in =
          new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzip.body()))) {
        assertTrue(java.util.Arrays.equals(plain.body(), in.readAllBytes()), path);
      }
    }
  }

  private static HttpResponse<byte[]> raw(String path, String body, boolean gzip)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(java.net.URI.create(TestServer.base() + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (gzip) {
      b.header("Accept-Encoding", "gzip");
    }
    return TestServer.CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void assessmentDateComesFromTheQueryOrTheProfile() {
    ObjectNode firm = sampleJson("jiaohe-firm.json");
    assertEquals("2023-06-01", postJson("/api/v1/assess", firm).json().get("asOf").asText());
    assertEquals(
        "2026-06-01", postJson("/api/v1/assess?asOf=2026-06-01", firm).json().get("asOf").asText());
    firm.remove("asOf");
    assertEquals(400, postJson("/api/v1/assess", firm).status());
  }

  @Test
  void traceOfOneTierIsTheEnginesReport() throws IOException {
    ObjectNode firm = sampleJson("jiaohe-firm.json");
    JsonNode r = postJson("/api/v1/assess?tier=cn.little-giant", firm).json();
    EnterpriseProfile p = PolicyJson.readProfile(firm.toString());
    List<EligibilityReport> reports =
        CATALOG.match(p, DATE).stream()
            .filter(x -> x.tier().equals(TierId.of("cn.little-giant")))
            .toList();
    assertEquals(JSON.readTree(PolicyJson.write(reports)), r.get("reports"));
    JsonNode detailed = postJson("/api/v1/assess?detail=trace", firm).json();
    assertEquals(r.get("reports"), detailed.get("tiers").get("cn.little-giant").get("reports"));
  }

  @Test
  void nextQuestionsAreTheAssessorsInItsOrder() {
    ObjectNode firm = sampleJson("jiaohe-firm.json");
    JsonNode r = postJson("/api/v1/next-questions?limit=100", firm).json();
    EnterpriseProfile p = PolicyJson.readProfile(firm.toString());
    List<String> expected =
        ASSESSOR.nextQuestions(p, DATE).stream().map(q -> q.input().toString()).toList();
    assertEquals(expected.size(), r.get("remaining").asInt());
    List<String> actual =
        StreamSupport.stream(r.get("questions").spliterator(), false)
            .map(q -> q.get("input").asText())
            .toList();
    assertEquals(expected.subList(0, Math.min(100, expected.size())), actual);
    for (JsonNode q : r.get("questions")) {
      assertFalse(q.get("question").get("zh").asText().isBlank());
      assertFalse(q.get("tiers").isEmpty());
    }
    assertEquals(
        Math.min(5, expected.size()),
        postJson("/api/v1/next-questions", firm).json().get("questions").size());
  }

  @Test
  void anAnswerIsReadByItsQuestionsRules() {
    ObjectNode firm =
        JSON.createObjectNode().put("jurisdiction", "220281").put("asOf", "2023-06-01");
    ObjectNode req = JSON.createObjectNode();
    req.set("profile", firm);
    req.put("input", "indicator:rnd-intensity").put("answer", "4.2");
    JsonNode p = postJson("/api/v1/answer", req).json();
    assertEquals("4.2", p.get("values").get("rnd-intensity").get("amount").asText());
    assertEquals("PERCENT", p.get("values").get("rnd-intensity").get("unit").asText());
    req.put("answer", "lots");
    JsonNode problem = postJson("/api/v1/answer", req).json();
    assertEquals("answer", problem.get("field").asText());
    assertEquals(400, problem.get("status").asInt());
    req.put("input", "indicator:no-such-thing").put("answer", "1");
    assertEquals("input", postJson("/api/v1/answer", req).json().get("field").asText());
  }

  /**
   * A firm that answers the questions one at a time from the Jiaohe sample (skipping what the
   * sample does not know) ends with the outcomes of the whole sample, and is never asked twice.
   */
  @Test
  void questionnaireConvergesToTheOutcomesOfTheWholeProfile() {
    ObjectNode sample = sampleJson("jiaohe-firm.json");
    ObjectNode firm =
        JSON.createObjectNode().put("jurisdiction", "220281").put("asOf", "2023-06-01");
    firm.set("tiers", sample.get("tiers"));
    firm.putObject("values");
    List<String> asked = new ArrayList<>();
    java.util.Set<String> skipped = new java.util.HashSet<>();
    for (int round = 0; round < 200; round++) {
      JsonNode qs = postJson("/api/v1/next-questions?limit=100", firm).json().get("questions");
      JsonNode q =
          StreamSupport.stream(qs.spliterator(), false)
              .filter(x -> !skipped.contains(x.get("input").asText()))
              .findFirst()
              .orElse(null);
      if (q == null) {
        break;
      }
      String input = q.get("input").asText();
      assertFalse(asked.contains(input), "asked twice: " + input);
      asked.add(input);
      String text = sampleAnswer(sample, q);
      if (text == null) {
        skipped.add(input);
      } else {
        ObjectNode req = JSON.createObjectNode();
        req.set("profile", firm);
        req.put("input", input).put("answer", text);
        TestServer.Response answered = postJson("/api/v1/answer", req);
        assertEquals(200, answered.status(), answered.body());
        firm = (ObjectNode) answered.json();
      }
    }
    assertFalse(asked.isEmpty());
    assertEquals(
        withoutUnassessed(pageOutcomes(postJson("/api/v1/assess", sample).json())),
        withoutUnassessed(pageOutcomes(postJson("/api/v1/assess", firm).json())));
  }

  @Test
  void whatIfReportsTheTiersThatChange() {
    ObjectNode firm = sampleJson("jiaohe-firm.json");
    ObjectNode req = JSON.createObjectNode();
    req.set("profile", firm);
    ObjectNode changes = req.putObject("changes");
    changes
        .putObject("values")
        .putObject("rnd-intensity")
        .put("amount", "0.5")
        .put("unit", "PERCENT");
    JsonNode r = postJson("/api/v1/what-if", req).json();

    ObjectNode changed = firm.deepCopy();
    ((ObjectNode) changed.get("values"))
        .set("rnd-intensity", changes.get("values").get("rnd-intensity"));
    Map<String, String> before = engineOutcomes(firm, DATE);
    Map<String, String> after = engineOutcomes(changed, DATE);
    Map<String, String> expected = new LinkedHashMap<>();
    before.forEach(
        (t, o) -> {
          if (!o.equals(after.get(t))) {
            expected.put(t, o + "→" + after.get(t));
          }
        });
    Map<String, String> actual = new LinkedHashMap<>();
    r.get("changes")
        .forEach(
            c ->
                actual.put(
                    c.get("tier").asText(),
                    c.get("before").asText() + "→" + c.get("after").asText()));
    assertEquals(expected, actual);
    assertFalse(actual.isEmpty(), "lowering R&D intensity to 0.5% changes some tier");
    assertEquals(after, withoutUnassessed(pageOutcomes(r.get("after"))));
  }

  @Test
  void rewardsAreTheLibrarys() {
    ObjectNode firm = sampleJson("jiaohe-firm.json");
    ((com.fasterxml.jackson.databind.node.ArrayNode) firm.get("tiers"))
        .addObject()
        .put("tier", "jilin-city.srdi-sme")
        .put("recognised", "2022-10-01");
    JsonNode r = postJson("/api/v1/rewards", firm).json();
    EnterpriseProfile p = PolicyJson.readProfile(firm.toString());
    assertEquals(ASSESSOR.assess(p, DATE).rewardsDue().size(), r.get("rewards").size());
    assertNotEquals(0, r.get("rewards").size());
  }

  @Test
  void screeningStreamsOneLinePerFirmAndReportsBadLines() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(TestServer.sample("firms.jsonl")));
    lines.add(1, "{not json");
    TestServer.Response r =
        post("/api/v1/screen?asOf=2023-06-01", "application/x-ndjson", String.join("\n", lines));
    assertEquals(200, r.status());
    List<JsonNode> out = new ArrayList<>();
    for (String l : r.body().split("\n")) {
      out.add(JSON.readTree(l));
    }
    JsonNode end = out.get(out.size() - 1);
    assertTrue(end.get("end").asBoolean());
    assertEquals(lines.size() - 1, end.get("firms").asInt());
    assertEquals(1, end.get("errors").asInt());
    assertTrue(out.stream().anyMatch(n -> n.path("line").asInt() == 2 && n.has("error")), r.body());
    // Each firm's outcomes are the explained engine's.
    JsonNode first =
        out.stream().filter(n -> n.path("line").asInt() == 1).findFirst().orElseThrow();
    EnterpriseProfile p = PolicyJson.readProfile(lines.get(0));
    Map<String, String> expected = new HashMap<>();
    CATALOG
        .match(p, DATE)
        .forEach(rep -> expected.put(rep.criteria().toString(), rep.outcome().toString()));
    Map<String, String> actual = new HashMap<>();
    first
        .get("outcomes")
        .fields()
        .forEachRemaining(e -> actual.put(e.getKey(), e.getValue().asText()));
    assertEquals(expected, actual);
  }

  @Test
  void thePageAndItsFilesAreServedFromTheJar() {
    TestServer.Response page = get("/");
    assertEquals(200, page.status());
    assertTrue(page.contentType().startsWith("text/html"));
    assertTrue(page.body().contains("portal.js"));
    assertTrue(
        page.raw()
            .headers()
            .firstValue("Content-Security-Policy")
            .orElse("")
            .contains("default-src 'self'"));
    assertEquals(200, get("/portal.js").status());
    assertEquals(200, get("/portal.css").status());
    for (String f : List.of("/", "/portal.js", "/portal.css")) {
      assertFalse(
          get(f).body().matches("(?s).*(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}/.*"),
          f + " loads nothing from elsewhere");
    }
  }

  // ---- helpers --------------------------------------------------------------------------------

  /** What the sample firm would type for a question, or null if the sample does not know. */
  static String sampleAnswer(JsonNode sample, JsonNode q) {
    // The input is "indicator:ID", "declaration:ID" or "tier:ID".
    String[] ref = q.get("input").asText().split(":", 2);
    String id = ref[1];
    switch (ref[0].toUpperCase(java.util.Locale.ROOT)) {
      case "DECLARATION":
        return sample.get("declarations").has(id)
            ? (sample.get("declarations").get(id).asBoolean() ? "yes" : "no")
            : null;
      case "INDICATOR":
        {
          JsonNode v = sample.get("values").get(id);
          if (v == null) {
            return null;
          }
          if (q.get("kind").asText().equals("YES_NO")) {
            return v.get("amount").asText().equals("0") ? "no" : "yes";
          }
          io.github.srdipolicy.model.Quantity given =
              io.github.srdipolicy.model.Quantity.of(
                  v.get("amount").asText(),
                  io.github.srdipolicy.model.Unit.valueOf(v.get("unit").asText()));
          return q.has("unit")
              ? given
                  .to(io.github.srdipolicy.model.Unit.valueOf(q.get("unit").asText()))
                  .amount()
                  .stripTrailingZeros()
                  .toPlainString()
              : given.amount().toPlainString();
        }
      default:
        return null;
    }
  }

  /** Tier → standing from the core's assessor directly. */
  static Map<String, String> engineOutcomes(JsonNode firm, LocalDate date) {
    EnterpriseProfile p = PolicyJson.readProfile(firm.toString());
    Map<String, String> m = new java.util.TreeMap<>();
    for (TierAssessment t : ASSESSOR.assess(p, date).tiers()) {
      m.put(t.tier().toString(), t.standing().toString());
    }
    return m;
  }

  /**
   * Tier → standing as the assessment reports it; every rung of every ladder is a tier of the
   * summary.
   */
  static Map<String, String> pageOutcomes(JsonNode assessment) {
    Map<String, String> m = new java.util.TreeMap<>();
    assessment
        .get("tiers")
        .fields()
        .forEachRemaining(e -> m.put(e.getKey(), e.getValue().get("standing").asText()));
    for (JsonNode l : assessment.get("ladders")) {
      for (JsonNode id : l.get("rungs")) {
        assertTrue(m.containsKey(id.asText()), "rung " + id + " is a tier of the summary");
      }
    }
    return m;
  }

  static Map<String, String> withoutUnassessed(Map<String, String> m) {
    return m;
  }

  private static List<String> codes(JsonNode list) {
    return StreamSupport.stream(list.get("items").spliterator(), false)
        .map(n -> n.get("code").asText())
        .toList();
  }

  private static List<String> chainCodes(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false)
        .map(n -> n.get("code").asText())
        .toList();
  }

  private static List<String> iterable(java.util.Iterator<String> it) {
    List<String> l = new ArrayList<>();
    it.forEachRemaining(l::add);
    return l;
  }
}
