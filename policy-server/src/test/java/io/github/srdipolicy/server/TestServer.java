package io.github.srdipolicy.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.srdipolicy.catalog.Catalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One server for all the tests of the module, started once on a free loopback port with small body
 * limits (so that the limit tests stay cheap), and an HTTP client that checks every API response it
 * receives against the OpenAPI document.
 */
final class TestServer {
  /** The JSON body limit of the test server. */
  static final long MAX_BODY = 64 * 1024;

  /** The screening batch limit of the test server. */
  static final long MAX_BATCH = 1024 * 1024;

  static final Catalog CATALOG = Catalog.load();
  static final PolicyServer SERVER =
      PolicyServer.start(
          ServerConfig.defaults().withPort(0).withLimits(MAX_BODY, MAX_BATCH), CATALOG);
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  static final OpenApi OPENAPI = OpenApi.load();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(SERVER::close));
  }

  private TestServer() {}

  /** A response, its JSON (if it is JSON) already parsed. */
  record Response(
      int status, String contentType, String body, JsonNode json, HttpResponse<String> raw) {}

  static String base() {
    return "http://127.0.0.1:" + SERVER.port();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static Response get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(), "get");
  }

  static Response post(String path, String contentType, String body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base() + path))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return send(b.build(), "post");
  }

  static Response postJson(String path, JsonNode body) {
    return post(path, "application/json", body.toString());
  }

  static Response send(HttpRequest request, String method) {
    HttpResponse<String> r;
    try {
      r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    String type = r.headers().firstValue("Content-Type").orElse("");
    JsonNode json = null;
    if (type.startsWith("application/json")
        || type.startsWith("application/problem+json")
        || type.startsWith("application/schema+json")) {
      try {
        json = JSON.readTree(r.body());
      } catch (IOException e) {
        fail("Not JSON although " + type + ": " + r.body());
      }
    }
    // Never a stack trace, whatever the status.
    assertFalse(
        r.body().contains("\tat ")
            || r.body().matches("(?s).*at [a-z]+\\.[a-z]+\\..*\\(.*\\.java:\\d+\\).*"),
        () -> "stack trace in a response: " + r.body());
    Response response = new Response(r.statusCode(), type, r.body(), json, r);
    String path = request.uri().getRawPath();
    if (path.startsWith("/api/")) {
      OPENAPI.check(method, path, response);
    }
    if (r.statusCode() >= 400) {
      assertTrue(
          type.startsWith("application/problem+json"),
          () -> "error without a problem document: " + type);
      assertEquals(r.statusCode(), json.get("status").asInt());
    }
    return response;
  }

  static Path sample(String name) {
    return Path.of(System.getProperty("samples.dir", "../policy-cli/samples"), name);
  }

  static ObjectNode sampleJson(String name) {
    try {
      return (ObjectNode) JSON.readTree(Files.readString(sample(name)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> texts(JsonNode array) {
    assertNotNull(array);
    return java.util.stream.StreamSupport.stream(array.spliterator(), false)
        .map(JsonNode::asText)
        .toList();
  }
}
