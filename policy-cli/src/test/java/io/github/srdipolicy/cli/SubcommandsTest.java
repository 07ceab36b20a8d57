package io.github.srdipolicy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A command line that registers only the subcommand it runs (the fast start of issue #17) answers
 * exactly as one that registers them all.
 */
class SubcommandsTest {
  static Iterable<String> names() {
    return PolicyCommand.SUBCOMMANDS.keySet();
  }

  @Test
  void everyKeyIsItsCommandsName() {
    for (Map.Entry<String, Class<?>> e : PolicyCommand.SUBCOMMANDS.entrySet()) {
      // match's model is built in code (MatchCommand.spec), the others' read from @Command.
      String name =
          e.getValue() == MatchCommand.class
              ? MatchCommand.spec(new MatchCommand(), new PolicyCommand(Cli.FIXTURE)).name()
              : e.getValue().getAnnotation(Command.class).name();
      assertEquals(e.getKey(), name, e.getValue()::getName);
    }
  }

  @Test
  void onlyTheNamedCommandIsRegistered() {
    CommandLine one =
        wired(new String[] {"match", "x.json"}, new StringWriter(), new StringWriter());
    assertEquals(java.util.Set.of("match"), one.getSubcommands().keySet());
    CommandLine all = wired(new String[] {"--version"}, new StringWriter(), new StringWriter());
    assertEquals(PolicyCommand.SUBCOMMANDS.keySet(), all.getSubcommands().keySet());
    assertEquals(
        PolicyCommand.SUBCOMMANDS.keySet(),
        wired(new String[] {"help", "match"}, new StringWriter(), new StringWriter())
            .getSubcommands()
            .keySet());
  }

  @ParameterizedTest
  @MethodSource("names")
  void helpIsTheSameWithOneCommandOrAll(String name) {
    assertSame(name, "--help");
  }

  @ParameterizedTest
  @MethodSource("names")
  void errorsAreTheSameWithOneCommandOrAll(String name) {
    assertSame(name, "--no-such-option");
  }

  private static void assertSame(String... args) {
    StringWriter oneOut = new StringWriter();
    StringWriter oneErr = new StringWriter();
    int one = wired(args, oneOut, oneErr).execute(args);
    StringWriter allOut = new StringWriter();
    StringWriter allErr = new StringWriter();
    int all = wired(new String[0], allOut, allErr).execute(args);
    assertEquals(all, one);
    assertEquals(allOut.toString(), oneOut.toString());
    assertEquals(allErr.toString(), oneErr.toString());
    assertNotEquals("", allOut.toString() + allErr.toString());
  }

  private static CommandLine wired(String[] args, StringWriter out, StringWriter err) {
    return PolicyCommand.commandLine(
        new PolicyCommand(Cli.FIXTURE),
        new PrintWriter(out, true),
        new PrintWriter(err, true),
        args);
  }
}
