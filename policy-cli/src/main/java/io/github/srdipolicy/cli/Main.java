package io.github.srdipolicy.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Entry point of the {@code policy} command line ({@code java -jar policy.jar --help}).
 *
 * <p>Exit codes: 0 success, 2 a user error (reported as one line on standard error), 1 an internal
 * failure.
 */
public final class Main {
  private Main() {}

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args the command line arguments
   */
  public static void main(String[] args) {
    // Chinese labels must not depend on the platform's default encoding (Java 17 still uses it for
    // System.out).
    Terminal.configure(System.console() != null, System.getenv());
    // The escaping writer lets the program's own plain colour codes through only on a colour
    // terminal.
    SafeText.allowColour = Terminal.colour;
    Writer stdout =
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8);
    Writer stderr =
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8);
    PrintWriter out = new PrintWriter(Terminal.unicode ? stdout : Terminal.ascii(stdout), true);
    PrintWriter err = new PrintWriter(Terminal.unicode ? stderr : Terminal.ascii(stderr), true);
    int code = PolicyCommand.commandLine(new PolicyCommand(), out, err, args).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
