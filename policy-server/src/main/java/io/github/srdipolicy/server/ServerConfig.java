package io.github.srdipolicy.server;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How a {@link PolicyServer} listens and what it accepts.
 *
 * @param host the address to bind; {@code 127.0.0.1} (loopback only) by default, {@code 0.0.0.0}
 *     for every interface
 * @param port the TCP port; 0 picks a free one (tests)
 * @param maxBodyBytes the largest JSON request body; a larger one is refused with 413
 * @param maxBatchBytes the largest JSON Lines body of a screening request; larger batches are cut
 *     off with an error line
 * @param requestTimeout how long a request may take: the connection idle limit and the screening
 *     deadline
 * @param corsOrigins origins allowed to call the API from a browser (CORS); empty (the default)
 *     sends no CORS headers
 */
public record ServerConfig(
    String host,
    int port,
    long maxBodyBytes,
    long maxBatchBytes,
    Duration requestTimeout,
    List<String> corsOrigins) {
  /** The default JSON body limit: 1 MiB, far above any real profile (a full one is about 2 KB). */
  public static final long DEFAULT_MAX_BODY_BYTES = 1L << 20;

  /** The default screening batch limit: 64 MiB, about 100,000 full profiles. */
  public static final long DEFAULT_MAX_BATCH_BYTES = 64L << 20;

  /** The default request time limit. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException naming the value that is out of range
   */
  public ServerConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    corsOrigins = List.copyOf(Objects.requireNonNull(corsOrigins, "corsOrigins"));
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
    }
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("maxBodyBytes must be at least 1024: " + maxBodyBytes);
    }
    if (maxBatchBytes < maxBodyBytes) {
      throw new IllegalArgumentException(
          "maxBatchBytes must be at least maxBodyBytes: " + maxBatchBytes);
    }
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException("requestTimeout must be positive: " + requestTimeout);
    }
  }

  /**
   * The defaults: loopback, port 8080, 1 MiB bodies, 64 MiB batches, 30 s, no CORS.
   *
   * @return the default configuration
   */
  public static ServerConfig defaults() {
    return new ServerConfig(
        "127.0.0.1",
        8080,
        DEFAULT_MAX_BODY_BYTES,
        DEFAULT_MAX_BATCH_BYTES,
        DEFAULT_REQUEST_TIMEOUT,
        List.of());
  }

  /**
   * The same configuration on another port.
   *
   * @param newPort the port, 0 for a free one
   * @return a new configuration
   */
  public ServerConfig withPort(int newPort) {
    return new ServerConfig(
        host, newPort, maxBodyBytes, maxBatchBytes, requestTimeout, corsOrigins);
  }

  /**
   * The same configuration with other CORS origins.
   *
   * @param origins the allowed origins, e.g. {@code https://portal.example.org}; empty turns CORS
   *     off
   * @return a new configuration
   */
  public ServerConfig withCorsOrigins(List<String> origins) {
    return new ServerConfig(host, port, maxBodyBytes, maxBatchBytes, requestTimeout, origins);
  }

  /**
   * The same configuration with other size limits.
   *
   * @param body the JSON body limit in bytes
   * @param batch the screening batch limit in bytes
   * @return a new configuration
   */
  public ServerConfig withLimits(long body, long batch) {
    return new ServerConfig(host, port, body, batch, requestTimeout, corsOrigins);
  }
}
