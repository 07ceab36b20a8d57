package io.github.srdipolicy.server;

import java.util.Optional;

/**
 * A request that cannot be answered, reported to the client as an RFC 9457 problem ({@code
 * application/problem+json}) with its status, a one-line detail and, where known, the field and the
 * value that caused it.
 */
final class ProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Longest value echoed back: a client sent it, but a problem document must stay small. */
  static final int MAX_VALUE_CHARS = 200;

  final int status;
  final Optional<String> field;
  final Optional<String> value;

  ProblemException(int status, String detail, String field, String value) {
    super(detail);
    this.status = status;
    this.field = Optional.ofNullable(field);
    this.value = Optional.ofNullable(value).map(ProblemException::clip);
  }

  static ProblemException badRequest(String detail, String field, String value) {
    return new ProblemException(400, detail, field, value);
  }

  static ProblemException notFound(String detail, String field, String value) {
    return new ProblemException(404, detail, field, value);
  }

  private static String clip(String v) {
    return v.length() <= MAX_VALUE_CHARS ? v : v.substring(0, MAX_VALUE_CHARS) + "…";
  }
}
