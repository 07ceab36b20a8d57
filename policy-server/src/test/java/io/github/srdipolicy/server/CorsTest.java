package io.github.srdipolicy.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CORS, when configured: the allowed origin gets the header, any other origin does not. */
class CorsTest {
  @Test
  void onlyConfiguredOriginsAreAllowed() throws Exception {
    ServerConfig config =
        ServerConfig.defaults().withPort(0).withCorsOrigins(List.of("https://portal.example.org"));
    try (PolicyServer server = PolicyServer.start(config, TestServer.CATALOG)) {
      HttpClient client = HttpClient.newHttpClient();
      String url = "http://127.0.0.1:" + server.port() + "/api/v1/health";
      HttpResponse<String> allowed =
          client.send(
              HttpRequest.newBuilder(URI.create(url))
                  .header("Origin", "https://portal.example.org")
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(
          "https://portal.example.org",
          allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
      HttpResponse<String> other =
          client.send(
              HttpRequest.newBuilder(URI.create(url))
                  .header("Origin", "https://elsewhere.example.com")
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }
  }
}
