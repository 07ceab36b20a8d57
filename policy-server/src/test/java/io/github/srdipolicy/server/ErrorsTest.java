package io.github.srdipolicy.server;

import static io.github.srdipolicy.server.TestServer.JSON;
import static io.github.srdipolicy.server.TestServer.enc;
import static io.github.srdipolicy.server.TestServer.get;
import static io.github.srdipolicy.server.TestServer.post;
import static io.github.srdipolicy.server.TestServer.postJson;
import static io.github.srdipolicy.server.TestServer.sampleJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad requests over HTTP, by class (those of the hostile-input issue that reach a service, and the
 * HTTP ones): each gets one problem document with the right status naming the field and the value,
 * never a stack trace (checked for every response by {@link TestServer}).
 */
class ErrorsTest {
  private static JsonNode problem(TestServer.Response r, int status) {
    assertEquals(status, r.status(), r.body());
    assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
    JsonNode p = r.json();
    assertEquals("about:blank", p.get("type").asText());
    assertFalse(p.get("detail").asText().isBlank());
    return p;
  }

  private static ObjectNode jiaohe() {
    return sampleJson("jiaohe-firm.json");
  }

  @Test
  void amountThatWouldExpandWithoutBoundIsRefusedNamingTheField() {
    for (String amount :
        new String[] {"1e999999999", "1E+2147483647", "1e10000000", "9".repeat(5000)}) {
      ObjectNode firm = jiaohe();
      ((ObjectNode) firm.get("values").get("rnd-intensity")).put("amount", amount);
      JsonNode p = problem(postJson("/api/v1/assess", firm), 400);
      assertEquals("values.rnd-intensity.amount", p.get("field").asText());
      assertTrue(amount.startsWith(p.get("value").asText().replace("…", "")), p.toString());
      assertTrue(
          p.get("value").asText().length() <= ProblemException.MAX_VALUE_CHARS + 1,
          "echoed values are clipped");
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "null",
        "[]",
        "42",
        "\"text\"",
        "{\"jurisdiction\":\"220281\"",
        "{\"jurisdiction\":\"220281\",\"jurisdiction\":\"320831\",\"asOf\":\"2023-06-01\"}",
        "{\"jurisdiction\":\"220281\",\"asOf\":\"2023-06-01\"} garbage",
        "{\"jurisdiction\":\"220281\",\"asOf\":\"2023-06-01\"}{\"jurisdiction\":\"320831\"}",
        "{\"jurisdiction\":\"220281\",\"asOf\":\"2023-06-01\",\"@class\":\"java.lang.ProcessBuilder\"}",
        "{\"jurisdiction\":\"220281\",\"asOf\":\"2023-06-01\",\"nmae\":\"typo\"}",
        "{\"jurisdiction\":\"220281\",\"asOf\":\"2023-06-01\",\"values\":{\"no-such-indicator\":{\"amount\":\"1\",\"unit\":\"PERCENT\"}}}",
        "{\"jurisdiction\":\"220281\",\"asOf\":\"2023-06-01\",\"values\":{\"rnd-intensity\":{\"amount\":\"4\",\"unit\":\"WAN_YUAN\"}}}",
        "{\"jurisdiction\":\"220281\",\"asOf\":\"2023-06-01\",\"tiers\":[{\"tier\":\"cn.no-such-tier\",\"recognised\":\"2022-01-01\"}]}",
        "{\"jurisdiction\":\"220281\",\"asOf\":\"06/01/2023\"}",
        "{\"jurisdiction\":\"abc\",\"asOf\":\"2023-06-01\"}",
        // Whole-number units given fractions, coercions the profile schema forbids, unknown
        // declarations,
        // recognitions after the date (the hostile-input classes the strict profile reader closes).
        "{\"jurisdiction\":\"220281\",\"asOf\":\"2023-06-01\",\"values\":{\"employees\":{\"amount\":\"2.5\",\"unit\":\"PERSONS\"}}}",
        "{\"jurisdiction\":\"220281\",\"asOf\":\"2023-06-01\",\"values\":{\"high-tech-enterprise\":{\"amount\":\"0.5\",\"unit\":\"FLAG\"}}}",
        "{\"jurisdiction\":\"220281\",\"asOf\":\"2023-06-01\",\"name\":123}",
        "{\"jurisdiction\":\"220281\",\"asOf\":\"2023-06-01\",\"declarations\":{\"well-managed\":\"true\"}}",
        "{\"jurisdiction\":\"220281\",\"asOf\":\"2023-06-01\",\"declarations\":{\"well-manged\":true}}",
        "{\"jurisdiction\":\"220281\",\"asOf\":\"2023-06-01\",\"values\":{\"operating-revenue\":{\"amount\":\" 6000 \",\"unit\":\"WAN_YUAN\"}}}",
        "{\"jurisdiction\":\"220281\",\"asOf\":\"2023-06-01\",\"tiers\":[{\"tier\":\"cn.innovative-sme\",\"recognised\":\"2024-01-01\"}]}",
      })
  void malformedOrInvalidProfilesAreBadRequests(String body) {
    problem(post("/api/v1/assess", "application/json", body), 400);
    problem(post("/api/v1/next-questions", "application/json", body), 400);
  }

  @Test
  void unknownJurisdictionInAProfileIsNamed() {
    JsonNode p =
        problem(
            post(
                "/api/v1/assess",
                "application/json",
                "{\"jurisdiction\":\"999999\",\"asOf\":\"2023-06-01\"}"),
            404);
    assertEquals("999999", p.get("value").asText());
  }

  @Test
  void deepNestingIsABadRequestNotACrash() {
    String deep = "{\"jurisdiction\":\"220281\",\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
    problem(post("/api/v1/assess", "application/json", deep), 400);
  }

  @Test
  void controlCharactersComeBackEscaped() {
    String evil = "\u001b[2J\r\u0000\u202e" + "x";
    TestServer.Response r = get("/api/v1/jurisdictions?limit=" + enc(evil));
    JsonNode p = problem(r, 400);
    assertEquals(evil, p.get("value").asText(), "the value is given back as it came, inside JSON");
    for (char c : new char[] {'\u001b', '\r', '\u0000'}) {
      assertEquals(-1, r.body().indexOf(c), "raw control character in the response");
    }
    // In the path, Jetty itself refuses the request: the answer is still a problem document.
    TestServer.Response path = get("/api/v1/jurisdictions/" + enc(evil));
    problem(path, 400);
    assertEquals(-1, path.body().indexOf('\u001b'));
  }

  @ParameterizedTest
  @CsvSource({
    "/api/v1/jurisdictions/999999, jurisdiction",
    "/api/v1/jurisdictions/999999/ladders, jurisdiction",
    "/api/v1/tiers/cn.no-such-tier, id",
    "/api/v1/documents/no-such-document, id",
    "/api/v1/schemas/nothing, name",
    "/api/v1/diff?a=cn.nothing&b=cn.nothing, a",
  })
  void unknownIdsAreNotFoundNamingTheField(String path, String field) {
    assertEquals(field, problem(get(path), 404).get("field").asText());
  }

  @ParameterizedTest
  @CsvSource({
    "/api/v1/jurisdictions?limit=0, limit",
    "/api/v1/jurisdictions?limit=many, limit",
    "/api/v1/jurisdictions?level=galaxy, level",
    "/api/v1/tiers/cn.little-giant?asOf=yesterday, asOf",
    "/api/v1/documents?asOf=2023-13-01, asOf",
    "/api/v1/diff?a=x, b",
  })
  void badQueryParametersAreNamed(String path, String field) {
    assertEquals(field, problem(get(path), 400).get("field").asText());
  }

  @Test
  void wrongContentTypeIs415() {
    String body = jiaohe().toString();
    JsonNode p = problem(post("/api/v1/assess", "text/plain", body), 415);
    assertEquals("Content-Type", p.get("field").asText());
    problem(post("/api/v1/assess", null, body), 415);
    problem(post("/api/v1/assess", "application/json; charset=ISO-8859-1", body), 415);
    problem(post("/api/v1/screen?asOf=2023-06-01", "application/json", body), 415);
    assertEquals(200, post("/api/v1/assess", "application/json; charset=UTF-8", body).status());
  }

  @Test
  void bodiesAboveTheLimitAre413WhateverTheLengthHeaderSays() {
    ObjectNode firm = jiaohe();
    firm.put("name", "x".repeat((int) TestServer.MAX_BODY));
    problem(postJson("/api/v1/assess", firm), 413);
    // Chunked, no Content-Length: the limit holds while reading.
    byte[] bytes = firm.toString().getBytes(StandardCharsets.UTF_8);
    HttpRequest chunked =
        HttpRequest.newBuilder(URI.create(TestServer.base() + "/api/v1/assess"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
            .build();
    problem(TestServer.send(chunked, "post"), 413);
  }

  @Test
  void aScreeningBatchAboveItsLimitEndsWithAnErrorLine() throws Exception {
    String line = jiaohe().toString().replace("\n", "") + "\n";
    String batch = line.repeat((int) (TestServer.MAX_BATCH / line.length()) + 10);
    TestServer.Response r = post("/api/v1/screen?asOf=2023-06-01", "application/x-ndjson", batch);
    assertEquals(200, r.status());
    String[] out = r.body().split("\n");
    JsonNode end = JSON.readTree(out[out.length - 1]);
    assertTrue(end.get("end").asBoolean());
    assertTrue(end.get("error").asText().contains("limit"), end.toString());
    assertTrue(out.length > 100, "the lines before the limit still got their results");
  }

  @Test
  void anOverlongScreeningLineStopsTheBatchWithItsNumber() throws Exception {
    String good = jiaohe().toString().replace("\n", "") + "\n";
    String batch =
        good + good + "{\"name\":\"" + "x".repeat((int) TestServer.MAX_BODY + 10) + "\"}\n" + good;
    TestServer.Response r = post("/api/v1/screen?asOf=2023-06-01", "application/x-ndjson", batch);
    String[] out = r.body().split("\n");
    JsonNode end = JSON.readTree(out[out.length - 1]);
    assertTrue(end.get("error").asText().contains("line 3"), end.toString());
  }

  @Test
  void screeningNeedsADate() {
    assertEquals(
        "asOf",
        problem(post("/api/v1/screen", "application/x-ndjson", "{}"), 400).get("field").asText());
  }

  @Test
  void wrongMethodIs405AndUnknownPathIs404() {
    problem(get("/api/v1/assess"), 405);
    problem(post("/api/v1/health", "application/json", "{}"), 405);
    problem(get("/api/v1/nothing-here"), 404);
    problem(get("/api/v2/health"), 404);
    problem(get("/no-such-page.html"), 404);
  }

  @Test
  void whatIfRequestsAreCheckedLikeProfiles() {
    problem(post("/api/v1/what-if", "application/json", "{\"profile\":{}}"), 400);
    problem(post("/api/v1/what-if", "application/json", "{\"changes\":{}}"), 400);
    ObjectNode req = JSON.createObjectNode();
    req.set("profile", jiaohe());
    req.putObject("changes").put("jurisdiction", "320831");
    assertEquals(
        "changes.jurisdiction",
        problem(postJson("/api/v1/what-if", req), 400).get("field").asText());
    req.putObject("changes")
        .putObject("values")
        .putObject("rnd-intensity")
        .put("amount", "1e99999")
        .put("unit", "PERCENT");
    problem(postJson("/api/v1/what-if", req), 400);
  }

  @Test
  void corsIsOffByDefault() throws Exception {
    HttpRequest req =
        HttpRequest.newBuilder(URI.create(TestServer.base() + "/api/v1/health"))
            .header("Origin", "https://portal.example.org")
            .GET()
            .build();
    TestServer.Response r = TestServer.send(req, "get");
    assertEquals(200, r.status());
    assertTrue(r.raw().headers().firstValue("Access-Control-Allow-Origin").isEmpty());
  }
}
