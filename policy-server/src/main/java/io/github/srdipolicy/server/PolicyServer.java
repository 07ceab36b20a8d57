package io.github.srdipolicy.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.srdipolicy.catalog.Catalog;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The policy server: the catalogue behind a JSON API ({@code /api/v1/…}, described by the OpenAPI
 * document at {@code /api/openapi.json}) and the portal page at {@code /}.
 *
 * <p>Stateless: the catalogue is loaded once and every answer is computed from memory, so any
 * number of instances can run behind a load balancer. Errors are RFC 9457 problem documents ({@code
 * application/problem+json}) naming the field and the value; no response ever carries a stack
 * trace.
 *
 * <pre>{@code
 * try (PolicyServer server = PolicyServer.start(ServerConfig.defaults().withPort(0), Catalog.load())) {
 *   URI api = URI.create("http://127.0.0.1:" + server.port() + "/api/v1/health");
 * }
 * }</pre>
 */
public final class PolicyServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PolicyServer.class);
  static final String PROBLEM_JSON = "application/problem+json";

  /** Page and API only load what they serve: no CDN, no external font, no inline script. */
  private static final String CSP =
      "default-src 'self'; img-src 'self' data:; style-src 'self'; "
          + "script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  private final Javalin app;

  private PolicyServer(Javalin app) {
    this.app = app;
  }

  /**
   * Starts a server.
   *
   * @param config where to listen and what to accept, not null
   * @param catalog the catalogue to answer from, not null
   * @return the running server, never null
   * @throws IllegalStateException if the port cannot be bound
   */
  public static PolicyServer start(ServerConfig config, Catalog catalog) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(catalog, "catalog");
    Api api = new Api(catalog, config, resource("/openapi/openapi.json"), version());
    Javalin app =
        Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              cfg.startup.showOldJavalinVersionWarning = false;
              cfg.jetty.host = config.host();
              cfg.jetty.port = config.port();
              // Handlers only compute (no database, no calls out): threads beyond a few per core
              // add context switches, not throughput. Javalin's default of 250 let 64 connections
              // run 64 threads on 2 cores; with this pool, requests queue in Jetty instead.
              QueuedThreadPool pool = new QueuedThreadPool(threads(), 4, 60_000);
              pool.setName("policy-server");
              cfg.jetty.threadPool = pool;
              // Bodies are read with the limits of Bodies; Javalin's own cap only needs to stay
              // above them.
              cfg.http.maxRequestSize = config.maxBatchBytes();
              cfg.http.prefer405over404 = true;
              cfg.jetty.modifyServer(server -> server.setErrorHandler(new JettyProblems()));
              // Jetty's output buffer stays at its default (32 KB): an answer that fits it goes out
              // in one write with a Content-Length (see Api.send). A larger buffer is not pooled
              // (Jetty's pool keeps buffers up to 64 KB): at 128 KB every response allocated and
              // zeroed a new direct buffer, which cost CPU and held resident memory until a GC.
              // Gzip for the clients that ask (browsers do), at the fastest level: on JSON it saves
              // most of what the default level saves, for a fraction of the CPU.
              cfg.http.compressionStrategy = new CompressionStrategy(null, new Gzip(1));
              cfg.staticFiles.add(
                  sf -> {
                    sf.hostedPath = "/";
                    sf.directory = "/portal";
                    sf.location = Location.CLASSPATH;
                  });
              if (!config.corsOrigins().isEmpty()) {
                cfg.bundledPlugins.enableCors(
                    cors ->
                        cors.addRule(
                            rule -> {
                              rule.path = "/api/*";
                              config.corsOrigins().forEach(o -> rule.allowHost(o));
                            }));
              }
              cfg.routes.before(
                  ctx -> {
                    ctx.header("X-Content-Type-Options", "nosniff");
                    ctx.header("Content-Security-Policy", CSP);
                    ctx.header("Referrer-Policy", "no-referrer");
                  });
              for (Api.Route r : api.routes()) {
                cfg.routes.addHttpHandler(r.method(), r.path(), r.handler());
              }
              cfg.routes.exception(
                  ProblemException.class,
                  (e, ctx) ->
                      problem(
                          ctx,
                          e.status,
                          e.getMessage(),
                          e.field.orElse(null),
                          e.value.orElse(null)));
              cfg.routes.exception(
                  HttpResponseException.class,
                  (e, ctx) -> problem(ctx, e.getStatus(), e.getMessage(), null, null));
              // The model refuses what it cannot accept (an unknown tier in a profile, a unit that
              // does not
              // fit an indicator) with an IllegalArgumentException naming it: the client's error,
              // as in the CLI.
              cfg.routes.exception(
                  IllegalArgumentException.class,
                  (e, ctx) -> problem(ctx, 400, e.getMessage(), null, null));
              cfg.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    // A defect on our side: logged in full here, reported without internals to the
                    // client.
                    LOG.error("Request {} {} failed", ctx.method(), ctx.path(), e);
                    problem(
                        ctx,
                        500,
                        "The server could not answer this request; the failure has been logged",
                        null,
                        null);
                  });
              cfg.routes.error(
                  404,
                  ctx -> {
                    if (!isProblem(ctx)) {
                      problem(ctx, 404, "No resource at " + ctx.path(), "path", ctx.path());
                    }
                  });
              cfg.routes.error(
                  405,
                  ctx -> {
                    if (!isProblem(ctx)) {
                      problem(
                          ctx,
                          405,
                          "Method " + ctx.method() + " is not allowed on " + ctx.path(),
                          "method",
                          ctx.method().name());
                    }
                  });
            });
    try {
      app.start();
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "Cannot start the server on "
              + config.host()
              + ":"
              + config.port()
              + ": "
              + e.getMessage(),
          e);
    }
    // A connection that sends nothing for this long is closed: a slow client cannot hold a thread.
    for (Connector c : app.jettyServer().server().getConnectors()) {
      if (c instanceof ServerConnector sc) {
        sc.setIdleTimeout(config.requestTimeout().toMillis());
      }
    }
    return new PolicyServer(app);
  }

  /** Worker threads: 8 per core, at least 16 (Jetty's acceptor and selector take some of them). */
  static int threads() {
    return Math.max(16, 8 * Runtime.getRuntime().availableProcessors());
  }

  private static boolean isProblem(Context ctx) {
    String type = ctx.res().getContentType();
    return type != null && type.startsWith(PROBLEM_JSON);
  }

  static void problem(Context ctx, int status, String detail, String field, String value) {
    ObjectNode p =
        Json.object().put("type", "about:blank").put("title", title(status)).put("status", status);
    p.put("detail", detail == null ? title(status) : detail);
    p.put("instance", ctx.path());
    if (field != null) {
      p.put("field", field);
    }
    if (value != null) {
      p.put("value", value);
    }
    ctx.status(status).contentType(PROBLEM_JSON).result(Json.bytes(p));
  }

  static String title(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 408 -> "Request Timeout";
      case 413 -> "Content Too Large";
      case 415 -> "Unsupported Media Type";
      case 500 -> "Internal Server Error";
      case 503 -> "Service Unavailable";
      default -> "HTTP " + status;
    };
  }

  /**
   * The port the server listens on (useful when started on port 0).
   *
   * @return the port
   */
  public int port() {
    return app.port();
  }

  /** Stops the server. */
  @Override
  public void close() {
    app.stop();
  }

  static String version() {
    Properties p = new Properties();
    try (InputStream in = PolicyServer.class.getResourceAsStream("/policy-server.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version", "unknown");
  }

  private static byte[] resource(String path) {
    try (InputStream in = PolicyServer.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts the server from the command line and runs until the process is stopped.
   *
   * @param args {@code [--port 8080] [--host 127.0.0.1] [--cors-origin URL]… [--max-body-bytes N]
   *     [--max-batch-bytes N] [--timeout-seconds N]}
   */
  public static void main(String[] args) {
    CommandLine cl = new CommandLine(new Serve());
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          ex.getCommandLine()
              .getErr()
              .println("policy-server: " + ex.getMessage() + " (see --help)");
          return 2;
        });
    cl.setExecutionExceptionHandler(
        (ex, c, parsed) -> {
          c.getErr().println("policy-server: " + ex.getMessage());
          return ex instanceof IllegalArgumentException ? 2 : 1;
        });
    int code = cl.execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** The command line of the server jar. */
  @Command(
      name = "policy-server",
      mixinStandardHelpOptions = true,
      versionProvider = Serve.Version.class,
      description = {
        "Serves the SRDI policy catalogue: the JSON API under /api/v1, its OpenAPI document at",
        "/api/openapi.json and the portal page at /."
      })
  static final class Serve implements Callable<Integer> {
    @Option(
        names = "--port",
        paramLabel = "PORT",
        description = "TCP port (default ${DEFAULT-VALUE}).")
    int port = 8080;

    @Option(
        names = "--host",
        paramLabel = "ADDRESS",
        description =
            "Address to bind (default ${DEFAULT-VALUE}: this machine only; 0.0.0.0 for every interface).")
    String host = "127.0.0.1";

    @Option(
        names = "--cors-origin",
        paramLabel = "ORIGIN",
        description =
            "An origin allowed to call the API from a browser, e.g. https://portal.example.org "
                + "(repeatable; none by default: CORS off).")
    List<String> corsOrigins = new ArrayList<>();

    @Option(
        names = "--max-body-bytes",
        paramLabel = "N",
        description = "Largest JSON request body (default ${DEFAULT-VALUE}).")
    long maxBody = ServerConfig.DEFAULT_MAX_BODY_BYTES;

    @Option(
        names = "--max-batch-bytes",
        paramLabel = "N",
        description = "Largest JSON Lines screening body (default ${DEFAULT-VALUE}).")
    long maxBatch = ServerConfig.DEFAULT_MAX_BATCH_BYTES;

    @Option(
        names = "--timeout-seconds",
        paramLabel = "N",
        description =
            "Request time limit: idle connections and screening runs (default ${DEFAULT-VALUE}).")
    long timeoutSeconds = ServerConfig.DEFAULT_REQUEST_TIMEOUT.toSeconds();

    @Override
    public Integer call() {
      ServerConfig config =
          new ServerConfig(
              host, port, maxBody, maxBatch, Duration.ofSeconds(timeoutSeconds), corsOrigins);
      PolicyServer server = start(config, Catalog.load());
      Runtime.getRuntime().addShutdownHook(new Thread(server::close, "policy-server-stop"));
      LOG.info("policy-server {} listening on http://{}:{}/", version(), host, server.port());
      return 0;
    }

    /** The version printed by {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
      @Override
      public String[] getVersion() {
        return new String[] {"policy-server " + version()};
      }
    }
  }
}
