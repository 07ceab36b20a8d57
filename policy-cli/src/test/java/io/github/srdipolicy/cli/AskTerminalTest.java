package io.github.srdipolicy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.json.PolicyJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code policy ask} driven as a user drives it: the real command line in its own JVM, on a
 * pseudo-terminal made by util-linux {@code script}, answering each prompt as it appears.
 */
class AskTerminalTest {
  private static final long TIMEOUT_MS = 120_000;

  @Test
  void aUserAnswersSkipsMistypesAndQuitsOnATerminal(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("answered.json");
    try (Session s = Session.start(out, Map.of())) {
      String first = s.expect("> ");
      assertTrue(first.contains("cn.little-giant"), "the ladder is shown first: " + first);
      assertTrue(first.contains("[1] "), first);
      assertTrue(first.contains("\u001b["), "colour on a terminal");
      s.type("not-an-answer");
      assertTrue(s.expect("> ").contains("try again"));
      s.type("");
      String next = s.expect("> ");
      assertTrue(next.contains("skipped") && next.contains("[2] "), next);
      int answered = 0;
      for (int i = 0; i < 3; i++) {
        s.type(answerFor(next));
        next = s.expect("> ");
        assertFalse(next.contains("try again"), next);
        answered++;
      }
      s.type("q");
      String end = s.expect("Profile written to");
      assertTrue(end.contains("cn.innovative-sme"), "the ladder is shown at the end: " + end);
      assertEquals(0, s.exit());
      EnterpriseProfile p = PolicyJson.readProfile(Files.readString(out));
      assertEquals(
          answered,
          p.values().size() + p.declarations().size() + p.tiers().size(),
          Files.readString(out));
    }
  }

  @Test
  void noColourWithNoColour(@TempDir Path dir) throws Exception {
    try (Session s = Session.start(dir.resolve("p.json"), Map.of("NO_COLOR", "1"))) {
      String first = s.expect("> ");
      assertFalse(first.contains("\u001b[3"), first);
      s.type("q");
      s.expect("Profile written to");
      assertEquals(0, s.exit());
    }
  }

  /** What a user would type for the question shown last: a number, yes, a level, a year or no. */
  private static String answerFor(String screen) {
    String q = screen.substring(screen.lastIndexOf("    ["));
    if (q.startsWith("    [yes_no")) {
      return "y";
    } else if (q.startsWith("    [level")) {
      return "3";
    } else if (q.startsWith("    [year")) {
      return "2015";
    } else if (q.startsWith("    [tier")) {
      return "no";
    } else if (q.startsWith("    [date")) {
      return "2020-01-01";
    }
    return "5";
  }

  /** The command in a pseudo-terminal, with what it printed so far. */
  private static final class Session implements AutoCloseable {
    private final Process process;
    private final OutputStream keys;
    private final StringBuffer screen = new StringBuffer();
    private int seen;

    private Session(Process process) {
      this.process = process;
      this.keys = process.getOutputStream();
      Thread reader =
          new Thread(
              () -> {
                try (InputStream in = process.getInputStream()) {
                  byte[] buf = new byte[4096];
                  for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                    screen.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                  }
                } catch (IOException e) {
                  // the process ended
                }
              });
      reader.setDaemon(true);
      reader.start();
    }

    static Session start(Path out, Map<String, String> env) throws IOException {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      String command =
          String.join(
              " ",
              List.of(
                  java,
                  "-cp",
                  quote(System.getProperty("java.class.path")),
                  "io.github.srdipolicy.cli.Main",
                  "ask",
                  "--jurisdiction",
                  "220281",
                  "--as-of",
                  "2023-06-01",
                  "--lang",
                  "en",
                  "--out",
                  quote(out.toString())));
      ProcessBuilder pb =
          new ProcessBuilder("script", "-qfec", command, "/dev/null").redirectErrorStream(true);
      pb.environment().remove("NO_COLOR");
      pb.environment().put("TERM", "xterm");
      pb.environment().put("LANG", "C.UTF-8");
      pb.environment().remove("LC_ALL");
      pb.environment().putAll(env);
      return new Session(pb.start());
    }

    private static String quote(String s) {
      return "'" + s.replace("'", "'\\''") + "'";
    }

    /** Waits until the text appears after what was read so far; returns the new output. */
    String expect(String text) throws InterruptedException {
      long deadline = System.currentTimeMillis() + TIMEOUT_MS;
      while (System.currentTimeMillis() < deadline) {
        int at = screen.indexOf(text, seen);
        if (at >= 0) {
          String chunk = screen.substring(seen, at + text.length());
          seen = at + text.length();
          return chunk;
        }
        Thread.sleep(50);
      }
      throw new AssertionError(
          "waited for '" + text + "'; the terminal shows:\n" + screen.substring(seen));
    }

    void type(String line) throws IOException {
      keys.write((line + "\r").getBytes(StandardCharsets.UTF_8));
      keys.flush();
    }

    int exit() throws InterruptedException {
      assertTrue(process.waitFor(TIMEOUT_MS, TimeUnit.MILLISECONDS), "still running");
      return process.exitValue();
    }

    @Override
    public void close() {
      process.destroyForcibly();
    }
  }
}
