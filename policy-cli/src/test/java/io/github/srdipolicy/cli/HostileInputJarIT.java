package io.github.srdipolicy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code policy.jar} run as a subprocess with {@code -Xmx128m} on a generated 200 MB
 * file (issue #10, classes 5 and 7): {@code match} and {@code screen} neither run out of memory nor
 * hang; good lines around a 200 MB line keep their results; a single 200 MB profile is a user
 * error; a full disk (standard output to {@code /dev/full}) is a message and a non-zero exit, not a
 * silent exit code 0.
 */
class HostileInputJarIT {
  private static final String GOOD =
      "{\"name\":\"ok\",\"jurisdiction\":\"220281\",\"asOf\":\"2023-06-01\","
          + "\"values\":{\"operating-revenue\":{\"amount\":\"6000\",\"unit\":\"WAN_YUAN\"}}}";
  private static final long BIG = 200L * 1024 * 1024;

  @TempDir static Path dir;
  static Path big;

  record Run(int exit, String out, String err) {}

  /**
   * Three good profiles, then a valid profile padded with blanks to 200 MB on one line, then three
   * good profiles: as a single profile it is too large, as JSON Lines its line is too long.
   */
  @BeforeAll
  static void generate() throws IOException {
    big = dir.resolve("big.json");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(big), 1 << 20)) {
      for (int i = 0; i < 3; i++) {
        out.write((GOOD + "\n").getBytes(StandardCharsets.UTF_8));
      }
      out.write("{\"jurisdiction\":\"220281\",".getBytes(StandardCharsets.UTF_8));
      byte[] blanks = new byte[1 << 20];
      java.util.Arrays.fill(blanks, (byte) ' ');
      for (long written = 0; written < BIG; written += blanks.length) {
        out.write(blanks);
      }
      out.write("\"asOf\":\"2023-06-01\"}\n".getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < 3; i++) {
        out.write((GOOD + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    assertTrue(Files.size(big) > BIG);
  }

  private static Run run(File stdout, String... args) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m",
                "-XX:+ExitOnOutOfMemoryError",
                "-jar",
                Path.of(System.getProperty("cli.dir", "target"), "policy.jar").toString()));
    command.addAll(List.of(args));
    Path out = stdout == null ? Files.createTempFile(dir, "out", ".txt") : null;
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(stdout == null ? out.toFile() : stdout)
            .redirectError(err.toFile())
            .start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("hung: " + command);
    }
    String text = out == null ? "" : Files.readString(out);
    return new Run(p.exitValue(), text, Files.readString(err));
  }

  private static void assertNoCrash(Run r) {
    assertFalse(
        r.err().contains("OutOfMemoryError")
            || r.err().contains("Exception")
            || r.err().contains("\tat "),
        r.err());
  }

  @Test
  void match_aProfileOf200Megabytes_isAUserError_inASmallHeap() throws Exception {
    Run r = run(null, "match", big.toString());
    assertNoCrash(r);
    assertEquals(2, r.exit(), r.err());
    assertEquals("", r.out());
    assertEquals("policy match: " + big + " is larger than the limit of 4194304 bytes\n", r.err());
  }

  @Test
  void matchLines_aLineOf200Megabytes_isSkipped_andEveryGoodLineIsMatched() throws Exception {
    Run r = run(null, "match", "--jsonl", big.toString());
    assertNoCrash(r);
    assertEquals(2, r.exit(), r.err());
    assertEquals(6, r.out().lines().count(), r.err());
    assertTrue(
        r.err()
            .startsWith(
                "policy match: " + big + " line 4: line is longer than the limit of 1048576 bytes"),
        r.err());
  }

  @Test
  void screen_aLineOf200Megabytes_isSkipped_andEveryGoodLineIsScreened_evenWithTheLargestChunk()
      throws Exception {
    Run r = run(null, "screen", big.toString(), "--as-of", "2023-06-01", "--chunk", "65536");
    assertNoCrash(r);
    assertEquals(2, r.exit(), r.err());
    assertEquals(6, r.out().lines().count(), r.err());
    assertTrue(
        r.err().startsWith("policy screen: " + big + " line 4: line is longer than the limit"),
        r.err());
    assertTrue(r.err().contains("screened 6 firms, 1 bad lines"), r.err());
  }

  @Test
  void screen_devZero_isAUserError_notAHang() throws Exception {
    if (!Files.exists(Path.of("/dev/zero"))) {
      return;
    }
    Run r = run(null, "screen", "/dev/zero", "--as-of", "2023-06-01");
    assertNoCrash(r);
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("/dev/zero is not a regular file"), r.err());
  }

  @Test
  void aFullDisk_isReported_withANonZeroExit() throws Exception {
    File full = new File("/dev/full");
    if (!full.exists()) {
      return;
    }
    for (String[] args :
        List.of(
            new String[] {"export"},
            new String[] {"coverage"},
            new String[] {
              "match", System.getProperty("samples.dir", "samples") + "/jiaohe-firm.json"
            },
            new String[] {
              "screen",
              System.getProperty("samples.dir", "samples") + "/firms.jsonl",
              "--as-of",
              "2023-06-01"
            })) {
      Run r = run(full, args);
      assertNoCrash(r);
      assertEquals(1, r.exit(), String.join(" ", args) + ": " + r.err());
      assertTrue(r.err().contains("Cannot write to standard output"), r.err());
      assertEquals(1, r.err().lines().count(), r.err());
    }
  }
}
