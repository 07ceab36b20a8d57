package io.github.srdipolicy.cli;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The models of {@code policy} and {@code policy match} are built in code rather than read from
 * annotations (issue #17): their help and usage errors stay byte for byte what the annotated
 * commands printed, recorded in {@code golden/usage-policy-match.txt} before the change.
 */
class HelpTextTest {
  private static final List<List<String>> CASES =
      List.of(
          List.of("--help"),
          List.of("match", "--help"),
          List.of(),
          List.of("match"),
          List.of("match", "--no-such"),
          List.of("match", "a.json", "b.json"),
          List.of("match", "--as-of", "2023-13-01", "x.json"),
          List.of("match", "--as-of"),
          List.of("match", "--format", "xml", "x.json"),
          List.of("match", "--lang", "fr", "x.json"),
          List.of("match", "--application", "FOO", "x.json"),
          List.of("match", "-V"),
          List.of("matc", "x.json"));

  @Test
  void helpAndUsageErrorsAreThoseOfTheAnnotatedCommands() {
    StringBuilder all = new StringBuilder();
    for (List<String> args : CASES) {
      Cli.Result r = Cli.fixture(args.toArray(new String[0]));
      all.append("$ policy ")
          .append(String.join(" ", args))
          .append('\n')
          .append("exit ")
          .append(r.exit())
          .append('\n')
          .append(r.out())
          .append(r.err())
          .append('\n');
    }
    Golden.check("usage-policy-match.txt", all.toString());
  }
}
