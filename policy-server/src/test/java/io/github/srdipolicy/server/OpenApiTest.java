package io.github.srdipolicy.server;

import static io.github.srdipolicy.server.TestServer.OPENAPI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document and the server agree: every route the server registers is documented with
 * its method and every documented operation is a route; the served document is the checked-in one.
 * (Every response of every test is validated against it by {@link TestServer}.)
 */
class OpenApiTest {
  @Test
  void everyRouteIsDocumentedAndEveryDocumentedOperationIsARoute() {
    Api api = new Api(TestServer.CATALOG, ServerConfig.defaults(), new byte[0], "test");
    Set<String> routes = new TreeSet<>();
    for (Api.Route r : api.routes()) {
      routes.add(r.method().name().toLowerCase(Locale.ROOT) + " " + r.path());
    }
    Set<String> documented = new TreeSet<>();
    for (Iterator<String> paths = OPENAPI.doc.get("paths").fieldNames(); paths.hasNext(); ) {
      String path = paths.next();
      OPENAPI
          .doc
          .get("paths")
          .get(path)
          .fieldNames()
          .forEachRemaining(m -> documented.add(m + " " + path));
    }
    assertEquals(documented, routes);
  }

  @Test
  void theServedDocumentIsTheCheckedInOne() {
    TestServer.Response r = TestServer.get("/api/openapi.json");
    assertEquals(OPENAPI.doc, r.json());
    assertEquals("3.1.0", r.json().get("openapi").asText());
  }

  @Test
  void everyOperationDocumentsItsErrorsAsProblems() {
    OPENAPI
        .doc
        .get("paths")
        .forEach(
            path ->
                path.forEach(
                    op ->
                        op.get("responses")
                            .fields()
                            .forEachRemaining(
                                e -> {
                                  if (e.getKey().startsWith("4") || e.getKey().startsWith("5")) {
                                    assertTrue(
                                        e.getValue().get("content").has("application/problem+json"),
                                        e.getKey());
                                  }
                                })));
  }
}
