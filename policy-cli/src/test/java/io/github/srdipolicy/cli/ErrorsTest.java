package io.github.srdipolicy.cli;

import static io.github.srdipolicy.cli.Cli.profile;
import static io.github.srdipolicy.cli.Cli.real;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every user error: one line on standard error naming what is wrong, exit code 2, nothing on
 * standard output.
 */
class ErrorsTest {
  static Stream<Arguments> userErrors() {
    return Stream.of(
        Arguments.of(
            new String[] {"match", "no/such/profile.json"},
            "policy match: No such file: no/such/profile.json"),
        Arguments.of(
            new String[] {"match", profile("malformed.json")},
            "policy match: "
                + profile("malformed.json")
                + ": Invalid EnterpriseProfile JSON at line 2"),
        Arguments.of(
            new String[] {"match", profile("unknown-jurisdiction.json")},
            "policy match: "
                + profile("unknown-jurisdiction.json")
                + ": Unknown jurisdiction: '999999'"),
        Arguments.of(
            new String[] {"match", profile("unknown-indicator.json")},
            "policy match: "
                + profile("unknown-indicator.json")
                + ": Unknown indicator: 'made-up-indicator'"),
        Arguments.of(
            new String[] {"match", profile("wrong-unit.json")},
            "policy match: "
                + profile("wrong-unit.json")
                + ": Invalid value of indicator operating-revenue: '6000 PERCENT' (unit must be compatible with WAN_YUAN)"),
        Arguments.of(
            new String[] {"match", profile("latin1.json")},
            "policy match: " + profile("latin1.json") + " is not UTF-8 text"),
        Arguments.of(
            new String[] {"match", profile("no-as-of.json")},
            "policy match: "
                + profile("no-as-of.json")
                + ": The profile has no asOf date: give one with --as-of YYYY-MM-DD"),
        Arguments.of(
            new String[] {"match", profile("no-as-of.json"), "--as-of", "2023-02-30"},
            "policy match: Invalid value for option '--as-of': '2023-02-30' is not a date (expected YYYY-MM-DD)"),
        Arguments.of(
            new String[] {"match", profile("no-as-of.json"), "--format", "yaml"},
            "policy match: Invalid value for option '--format'"),
        Arguments.of(
            new String[] {"explain", "cn.no-such-tier"},
            "policy explain: Unknown tier: 'cn.no-such-tier'"),
        Arguments.of(new String[] {"explain", "Not A Tier"}, "policy explain: Invalid"),
        Arguments.of(
            new String[] {"ladder", "999999"}, "policy ladder: Unknown jurisdiction: '999999'"),
        Arguments.of(
            new String[] {"ladder", "jilin"}, "policy ladder: Invalid jurisdictionCode: 'jilin'"),
        Arguments.of(
            new String[] {"diff", "no-such-document", "cn.other"},
            "policy diff: Unknown document or criteria: 'no-such-document'"),
        Arguments.of(
            new String[] {"compare", "--format", "pdf"},
            "policy compare: Invalid value for option '--format'"),
        Arguments.of(
            new String[] {"export", "--out", "no/such/dir/export.json"},
            "policy export: Cannot write no/such/dir/export.json"),
        Arguments.of(
            new String[] {"frobnicate"}, "policy: Unmatched argument at index 0: 'frobnicate'"),
        Arguments.of(new String[] {}, "policy: Missing command"));
  }

  @ParameterizedTest
  @MethodSource("userErrors")
  void userErrorIsOneLineWithExitCode2(String[] args, String message) {
    Cli.Result r = real(args);
    assertEquals(PolicyCommand.USER_ERROR, r.exit(), r.err());
    assertTrue(
        r.err().startsWith(message), () -> "expected '" + message + "...' but got: " + r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    assertEquals("", r.out());
  }
}
