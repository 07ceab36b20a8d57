package io.github.srdipolicy.cli;

import static io.github.srdipolicy.cli.Cli.real;
import static io.github.srdipolicy.cli.Cli.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.srdipolicy.json.PolicyJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line under hostile input (issue #10), class by class, for {@code match} (one profile
 * and JSON Lines), {@code screen} and the other commands: a user error is exit code 2 with one
 * escaped line on standard error naming the file, line, field and value, and nothing on standard
 * output for a single profile; a JSON Lines run keeps every good line's result and reports every
 * bad line by number. The memory and write-failure classes run the real jar: {@code
 * HostileInputJarIT}.
 */
class HostileInputCliTest {
  @TempDir static Path dir;

  static final String GOOD =
      "{\"name\":\"ok\",\"jurisdiction\":\"220281\",\"asOf\":\"2023-06-01\","
          + "\"values\":{\"operating-revenue\":{\"amount\":\"6000\",\"unit\":\"WAN_YUAN\"}}}";
  static String jiaohe;

  @BeforeAll
  static void readSample() throws IOException {
    jiaohe = Files.readString(Path.of(sample("jiaohe-firm.json")));
  }

  private static Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static Path bytes(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  /**
   * A single-profile user error: exit 2, one clean line naming the file, nothing on standard
   * output.
   */
  private static String assertUserError(Cli.Result r, String... parts) {
    assertEquals(PolicyCommand.USER_ERROR, r.exit(), r.err());
    assertEquals("", r.out());
    assertEquals(1, r.err().lines().count(), r.err());
    assertClean(r.err());
    for (String p : parts) {
      assertTrue(r.err().contains(p), () -> "expected '" + p + "' in: " + r.err());
    }
    return r.err();
  }

  /** No raw control or bidirectional character, no stack trace. */
  private static void assertClean(String text) {
    assertFalse(text.contains("Exception") || text.contains("\tat "), text);
    assertFalse(
        text.chars()
            .anyMatch(
                c ->
                    (c < 0x20 && c != '\n' && c != '\t')
                        || (c >= 0x7F && c <= 0x9F)
                        || (c >= 0x202A && c <= 0x202E)
                        || (c >= 0x2066 && c <= 0x2069)),
        () -> "raw control character in: " + text);
  }

  private static String replaceValue(String json, String from, String to) {
    assertTrue(json.contains(from), from);
    return json.replace(from, to);
  }

  // ---------------------------------------------------------------- a single profile: one class
  // per row

  static Stream<Arguments> badProfiles() {
    String s = "\"founding-year\": { \"amount\": \"2012\", \"unit\": \"CALENDAR_YEAR\" }";
    return Stream.of(
        Arguments.of(
            "1 huge amount",
            "{ \"amount\": \"2012\", \"unit\": \"CALENDAR_YEAR\" }",
            "{ \"amount\": \"1e999999999\", \"unit\": \"CALENDAR_YEAR\" }",
            "values.founding-year.amount: '1e999999999'"),
        Arguments.of(
            "1 huge exponent",
            "\"6000\", \"unit\": \"WAN_YUAN\"",
            "\"1E+2147483647\", \"unit\": \"WAN_YUAN\"",
            "values.operating-revenue.amount: '1E+2147483647'"),
        Arguments.of(
            "3 fraction of a count",
            "\"3\", \"unit\": \"IP_ITEMS\"",
            "\"2.5\", \"unit\": \"IP_ITEMS\"",
            "values.invention-patents: Invalid amount in IP_ITEMS: '2.5' (must be a whole number"),
        Arguments.of(
            "3 half a flag",
            "\"1\", \"unit\": \"FLAG\"",
            "\"0.5\", \"unit\": \"FLAG\"",
            "values.high-tech-enterprise: Invalid amount in FLAG: '0.5' (must be 0 (no) or 1 (yes))"),
        Arguments.of(
            "3 flag of 2",
            "\"1\", \"unit\": \"FLAG\"",
            "\"2\", \"unit\": \"FLAG\"",
            "'2' (must be 0 (no) or 1 (yes))"),
        Arguments.of(
            "3 fractional year",
            s,
            s.replace("2012", "2012.5"),
            "'2012.5' (must be a whole number"),
        Arguments.of(
            "8 duplicate key",
            "\"jurisdiction\": \"220281\",",
            "\"jurisdiction\": \"220281\", \"jurisdiction\": \"320831\",",
            "Duplicate field 'jurisdiction'"),
        Arguments.of(
            "8 name as number",
            "\"name\": \"蛟河示例精密机械有限公司 (sample firm, invented)\"",
            "\"name\": 123",
            "name: '123' (must be a string, not a number)"),
        Arguments.of(
            "8 declaration as string",
            "\"well-managed\": true",
            "\"well-managed\": \"true\"",
            "declarations.well-managed: '\"true\"' (must be true or false"),
        Arguments.of(
            "8 date as epoch",
            "\"asOf\": \"2023-06-01\"",
            "\"asOf\": 1685577600",
            "asOf: '1685577600'"),
        Arguments.of(
            "8 amount with blanks",
            "\"6000\", \"unit\": \"WAN_YUAN\"",
            "\" 6000 \", \"unit\": \"WAN_YUAN\"",
            "values.operating-revenue.amount: ' 6000 '"),
        Arguments.of(
            "8 unknown tier",
            "\"cn.innovative-sme\"",
            "\"cn.innovative-smee\"",
            "Unknown tier in tiers[0]: 'cn.innovative-smee' (did you mean 'cn.innovative-sme'?)"),
        Arguments.of(
            "8 future recognition",
            "\"recognised\": \"2022-08-01\"",
            "\"recognised\": \"2024-08-01\"",
            "tiers[0].recognised: '2024-08-01' (after the profile's asOf 2023-06-01"),
        Arguments.of(
            "8 future founding year",
            s,
            s.replace("2012", "2024"),
            "value of indicator founding-year: '2024 CALENDAR_YEAR' (after the year of the profile's asOf"),
        Arguments.of(
            "8 typo in a declaration",
            "\"well-managed\": true",
            "\"well-manged\": true",
            "Unknown declaration: 'well-manged' (did you mean 'well-managed'?)"),
        Arguments.of(
            "8 flag indicator as declaration",
            "\"well-managed\": true",
            "\"high-tech-enterprise\": true",
            "Unknown declaration: 'high-tech-enterprise': it is an indicator; give it under values"),
        Arguments.of(
            "8 declaration as indicator",
            s,
            "\"well-managed\": { \"amount\": \"1\", \"unit\": \"FLAG\" }",
            "Unknown indicator: 'well-managed' in values: it is a declaration"),
        Arguments.of(
            "6 control characters in a key",
            "\"well-managed\": true",
            "\"well\\u001b[2J\\r\\u202e\": true",
            "key of declarations: 'well\\u001B[2J\\r\\u202E'"),
        // Already rejected before #10, kept so that they stay so.
        Arguments.of(
            "malformed",
            "\"asOf\": \"2023-06-01\",",
            "\"asOf\": \"2023-06-01\",,",
            "Invalid EnterpriseProfile JSON at line 4"),
        Arguments.of(
            "@class injection",
            "\"asOf\"",
            "\"@class\": \"java.lang.ProcessBuilder\", \"asOf\"",
            "property: '@class' (unknown property"),
        Arguments.of(
            "unknown field",
            "\"asOf\"",
            "\"revenue\": 1, \"asOf\"",
            "property: 'revenue' (unknown property"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badProfiles")
  void match_aBadProfile_isOneLineNamingFileFieldAndValue(
      String label, String from, String to, String expected) throws IOException {
    Path f = file("bad-" + label.replace(' ', '-') + ".json", replaceValue(jiaohe, from, to));
    assertUserError(real("match", f.toString()), "policy match: " + f + ": ", expected);
    // The same profile on one line of a JSON Lines file between two good ones: reported by number,
    // the rest kept.
    Path lines =
        file(
            "bad-" + label.replace(' ', '-') + ".jsonl",
            GOOD + "\n" + replaceValue(jiaohe, from, to).replace("\n", " ") + "\n" + GOOD + "\n");
    Cli.Result m = real("match", lines.toString(), "--as-of", "2023-06-01");
    assertEquals(PolicyCommand.USER_ERROR, m.exit(), m.err());
    assertEquals(2, m.out().lines().count(), m.out());
    assertTrue(m.err().startsWith("policy match: " + lines + " line 2: "), m.err());
    assertTrue(
        m.err().contains(expected.replace("at line 4", "at line 1")) || label.equals("malformed"),
        m.err());
    assertClean(m.err());
    Cli.Result s = real("screen", lines.toString(), "--as-of", "2023-06-01");
    assertEquals(PolicyCommand.USER_ERROR, s.exit(), s.err());
    assertEquals(2, s.out().lines().count(), s.out());
    assertTrue(s.err().startsWith("policy screen: " + lines + " line 2: "), s.err());
    assertClean(s.err());
  }

  @Test
  void class2_aNullDocument_isAUserError_andANullLineCostsOnlyItsLine() throws IOException {
    assertUserError(
        real("match", file("null.json", "null").toString()),
        "Invalid document: 'null' (must be an object, not null)",
        "Invalid EnterpriseProfile JSON");
    Path lines = file("nulls.jsonl", GOOD + "\nnull\n" + GOOD + "\n");
    Cli.Result m = real("match", lines.toString());
    assertEquals(2, m.out().lines().count(), m.err());
    assertTrue(
        m.err().startsWith("policy match: " + lines + " line 2: Invalid EnterpriseProfile JSON"),
        m.err());
    Cli.Result s = real("screen", lines.toString(), "--as-of", "2023-06-01");
    assertEquals(2, s.out().lines().count(), s.err());
    assertTrue(s.err().contains(" line 2: Invalid EnterpriseProfile JSON"), s.err());
  }

  @Test
  void class8_trailingContent_twoObjectsOnALine_isReported_notHalfRead() throws IOException {
    Path lines =
        file("two.jsonl", GOOD + "\n" + GOOD + GOOD + "\n" + GOOD + " garbage\n" + GOOD + "\n");
    for (Cli.Result r :
        List.of(
            real("match", lines.toString()),
            real("screen", lines.toString(), "--as-of", "2023-06-01"))) {
      assertEquals(PolicyCommand.USER_ERROR, r.exit(), r.err());
      assertEquals(2, r.out().lines().count(), r.out());
      assertTrue(r.err().contains(" line 2: ") && r.err().contains(" line 3: "), r.err());
    }
  }

  // ---------------------------------------------------------------- 4. lines that are not clean

  @Test
  void class4_aBadByteHalfWay_costsOnlyItsLine_inMatchAndScreen() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(
        new byte[] {
          (byte) 0xEF, (byte) 0xBB, (byte) 0xBF
        }); // a byte-order mark, handled the same everywhere
    for (int i = 1; i <= 200; i++) {
      String line = i == 100 ? GOOD.replace("\"ok\"", "\"caf\u00e9\"") : GOOD;
      byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
      if (i == 100) {
        bytes = line.getBytes(StandardCharsets.ISO_8859_1);
      }
      b.write(bytes);
      b.write(i % 3 == 0 ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
    }
    Path f = bytes("latin1-line.jsonl", b.toByteArray());
    Cli.Result m = real("match", f.toString());
    assertEquals(PolicyCommand.USER_ERROR, m.exit());
    assertEquals(199, m.out().lines().count());
    assertEquals(
        List.of(
            "policy match: " + f + " line 100: not valid UTF-8: byte 0xE9 at byte 13 of the line",
            "policy match: 199 matched, 1 failed"),
        m.err().lines().toList());
    Cli.Result s = real("screen", f.toString(), "--as-of", "2023-06-01");
    assertEquals(PolicyCommand.USER_ERROR, s.exit());
    assertEquals(199, s.out().lines().count());
    assertTrue(s.err().startsWith("policy screen: " + f + " line 100: not valid UTF-8"), s.err());
    JsonNode first = PolicyJson.mapper().readTree(s.out().lines().findFirst().orElseThrow());
    assertEquals(1, first.get("line").asInt());
  }

  @Test
  void class4_aByteOrderMark_isAcceptedTheSameEverywhere() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    ByteArrayOutputStream one = new ByteArrayOutputStream();
    one.write(bom);
    one.write(jiaohe.getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    lines.write(bom);
    lines.write((GOOD + "\n").getBytes(StandardCharsets.UTF_8));
    Path single = bytes("bom.json", one.toByteArray());
    Path jsonl = bytes("bom.jsonl", lines.toByteArray());
    assertEquals(0, real("match", single.toString()).exit());
    assertEquals(0, real("match", jsonl.toString()).exit());
    Cli.Result s = real("screen", jsonl.toString(), "--as-of", "2023-06-01");
    assertEquals(0, s.exit(), s.err());
    assertEquals(1, s.out().lines().count());
  }

  @Test
  void class4_aDirectoryOrADevice_isAUserError_forEveryReader() throws IOException {
    Path d = Files.createDirectories(dir.resolve("a-directory.jsonl"));
    assertUserError(real("match", d.toString()), "is a directory");
    assertUserError(real("match", "--jsonl", d.toString()), "is a directory");
    assertUserError(real("screen", d.toString(), "--as-of", "2023-06-01"), "is a directory");
    if (Files.exists(Path.of("/dev/zero"))) {
      assertUserError(real("match", "/dev/zero"), "/dev/zero is not a regular file");
      assertUserError(real("match", "--jsonl", "/dev/zero"), "/dev/zero is not a regular file");
      assertUserError(
          real("screen", "/dev/zero", "--as-of", "2023-06-01"), "/dev/zero is not a regular file");
    }
  }

  @Test
  void class5_limits_areUserErrors() throws IOException {
    assertUserError(
        real("screen", sample("firms.jsonl"), "--as-of", "2023-06-01", "--chunk", "2000000000"),
        "Invalid --chunk: '2000000000' (must be from 1 to 65536)");
    StringBuilder padded = new StringBuilder(jiaohe.substring(0, jiaohe.length() - 2));
    padded.append(" ".repeat(InputFiles.MAX_PROFILE_BYTES)).append("}\n");
    Path big = file("padded.json", padded.toString());
    assertUserError(
        real("match", big.toString()), big + " is larger than the limit of 4194304 bytes");
  }

  // ---------------------------------------------------------------- 6. terminal control characters

  @Test
  void class6_controlCharactersInAName_areEscapedInTextOutput() throws IOException {
    Path f =
        file(
            "evil-name.json",
            replaceValue(
                jiaohe,
                "蛟河示例精密机械有限公司 (sample firm, invented)",
                "\\u001b[2J\\u001b]0;pwned\\u0007\\rforged line\\u202eevil\\u0000"));
    Cli.Result r = real("match", f.toString());
    assertEquals(0, r.exit(), r.err());
    assertClean(r.out());
    // The summary leads with the firm's name, escaped.
    assertTrue(
        r.out().startsWith("\\u001B[2J\\u001B]0;pwned\\u0007\\rforged line\\u202Eevil\\u0000"),
        r.out().lines().findFirst().orElse(""));
    Cli.Result detail = real("match", f.toString(), "--detail");
    assertClean(detail.out());
    assertTrue(
        detail
            .out()
            .contains(
                "Firm:         \\u001B[2J\\u001B]0;pwned\\u0007\\rforged line\\u202Eevil\\u0000"),
        detail.out().lines().findFirst().orElse(""));
    Cli.Result json = real("match", f.toString(), "--format", "json");
    assertClean(json.out());
    // The escapes keep the JSON valid and mean the same characters to a JSON reader.
    assertEquals(
        "\u001b[2J\u001b]0;pwned\u0007\rforged line\u202eevil\u0000",
        PolicyJson.mapper().readTree(json.out()).get("firm").get("name").asText());
  }

  @Test
  void class6_onAColourTerminal_onlyPlainColourSequencesPass() {
    java.io.StringWriter w = new java.io.StringWriter();
    java.io.PrintWriter out = SafeText.terminal(new java.io.PrintWriter(w));
    String text =
        "\u001b[31m✗\u001b[0m \u001b[1;32mok\u001b[0m \u001b[8mhidden\u001b[2J\u001b]0;t\u0007\r\u001b[";
    SafeText.allowColour = true;
    try {
      out.print(text);
      out.flush();
    } finally {
      SafeText.allowColour = false;
    }
    assertEquals(
        "\u001b[31m✗\u001b[0m \u001b[1;32mok\u001b[0m \\u001B[8mhidden\\u001B[2J\\u001B]0;t\\u0007\\r\\u001B[",
        w.toString());
    w.getBuffer().setLength(0);
    out.print(text);
    out.flush();
    assertClean(w.toString());
  }

  static Stream<Arguments> otherCommands() {
    String evil = "cn.\u001b[2Jx\r\u202e";
    return Stream.of(
        Arguments.of((Object) new String[] {"explain", evil}),
        Arguments.of((Object) new String[] {"ladder", "\u001b[2J\r"}),
        Arguments.of((Object) new String[] {"diff", evil, "cn.x"}),
        Arguments.of((Object) new String[] {"match", "no-such-\u001b[2J\r.json"}),
        Arguments.of(
            (Object) new String[] {"screen", "no-such-\u001b[2J\r.jsonl", "--as-of", "2023-06-01"}),
        Arguments.of(
            (Object) new String[] {"match", sample("jiaohe-firm.json"), "--as-of", "\u001b[2J\r"}),
        Arguments.of(
            (Object)
                new String[] {"export", "--out", dir.resolve("no/such/\u001b[2J\r").toString()}));
  }

  @ParameterizedTest
  @MethodSource("otherCommands")
  void class6_controlCharactersInArguments_areEscapedInErrors_ofEveryCommand(String[] args) {
    Cli.Result r = real(args);
    assertEquals(PolicyCommand.USER_ERROR, r.exit(), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertClean(r.err());
    assertTrue(r.err().contains("\\u001B[2J"), r.err());
  }

  // ---------------------------------------------------------------- 7. output written whole

  @Test
  void class7_exportOverAnExistingFile_replacesItWhole_andLeavesNoTemporaryFile()
      throws IOException {
    Path out = file("export.json", "previous content");
    Cli.Result r = real("export", "--out", out.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(Files.readString(out).startsWith("{"));
    assertEquals(Files.readString(out), real("export").out());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(
          List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
    }
    assertUserError(real("export", "--out", dir.toString()), "is a directory");
  }
}
