/**
 * The policy server: an HTTP service over the catalogue and a portal page for firms.
 *
 * <p>Start it with {@code java -jar policy-server/target/policy-server.jar [--port 8080]}, or in
 * code with {@link io.github.srdipolicy.server.PolicyServer#start}. The JSON API lives under {@code
 * /api/v1}; the OpenAPI 3.1 document that describes every route is served at {@code
 * /api/openapi.json} (and checked in as {@code src/main/resources/openapi/openapi.json}); errors
 * are RFC 9457 problem documents.
 *
 * <p>Built on <a href="https://javalin.io">Javalin</a> 7 over Jetty 12. Why: Jetty is a long-kept,
 * widely deployed server with the limits a public service needs (idle timeouts, request size,
 * thread pool) and Javalin adds only routing, static files, CORS and exception mapping on top of
 * it, in a few hundred kilobytes, with no annotation scanning, no dependency injection and no code
 * generation; the handlers stay plain methods that call the library. Heavier frameworks (Spring
 * Boot, Quarkus, Micronaut) would bring a container and start-up cost for a stateless service of
 * twenty routes; the JDK's own {@code com.sun.net.httpserver} would leave limits, routing and
 * static files to hand-written code.
 */
package io.github.srdipolicy.server;
