package io.github.srdipolicy.cli;

/**
 * A mistake in what the user asked for (a missing file, an unknown id), reported as one line with
 * exit code 2 rather than as a stack trace.
 */
final class UserException extends RuntimeException {
  UserException(String message) {
    super(message);
  }
}
