package io.github.srdipolicy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code policy} launcher, run as a user runs it: its first run writes the class-data
 * archive, later runs use it, and every run prints exactly what {@code java -jar policy.jar}
 * prints.
 */
class LauncherIT {
  private static final Path DIR = Path.of(System.getProperty("cli.dir"));
  private static final String SAMPLE =
      Path.of(System.getProperty("samples.dir"), "jiaohe-firm.json").toString();

  private record Run(int exit, String out, String err) {}

  private static Run run(Path cache, String... command) throws IOException, InterruptedException {
    return runWith(cache, "", command);
  }

  private static Run runWith(Path cache, String javaOpts, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(DIR.toFile());
    pb.environment().put("XDG_CACHE_HOME", cache.toString());
    pb.environment().put("POLICY_JAVA_OPTS", javaOpts);
    // The launcher runs on the runtime of the tests (not whatever java the PATH finds first).
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Path out = Files.createTempFile(cache, "out", ".txt");
    Path err = Files.createTempFile(cache, "err", ".txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    int exit = p.waitFor();
    return new Run(
        exit,
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static List<Path> archives(Path cache) throws IOException {
    Path dir = cache.resolve("srdi-policy");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return new ArrayList<>(s.filter(f -> f.toString().endsWith(".jsa")).toList());
    }
  }

  @Test
  void launcherAnswersLikeTheJarAndKeepsAnArchive(@TempDir Path cache) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Run plain = run(cache, java, "-jar", DIR.resolve("policy.jar").toString(), "match", SAMPLE);
    assertEquals(0, plain.exit(), plain.err());

    String launcher = DIR.resolve("policy").toString();
    Run first = run(cache, "sh", launcher, "match", SAMPLE);
    assertEquals(0, first.exit(), first.err());
    assertEquals(plain.out(), first.out());
    assertEquals("", first.err());
    assertEquals(1, archives(cache).size(), "the first run writes one archive");

    Run second = run(cache, "sh", launcher, "match", SAMPLE);
    assertEquals(0, second.exit(), second.err());
    assertEquals(plain.out(), second.out());
    assertEquals("", second.err());
    assertEquals(1, archives(cache).size(), "later runs reuse it");

    // -Xshare:on makes the JVM fail rather than run without the archive: it is really mapped.
    Run shared = runWith(cache, "-Xshare:on", "sh", launcher, "match", SAMPLE);
    assertEquals(0, shared.exit(), shared.err());
    assertEquals(plain.out(), shared.out());
  }

  /**
   * What the archive holds (issue #17): on Java 17 to 23 picocli's {@code CommandLine} comes from
   * it (a lambda implementing one of picocli's Java 5 interfaces leaves it out of the static dump),
   * and on any runtime {@code match} makes no annotation proxy (the models of {@code policy} and
   * {@code match} are built in code, not read from annotations).
   */
  @Test
  void matchTakesPicocliFromTheArchiveAndReadsNoAnnotations(@TempDir Path cache) throws Exception {
    String launcher = DIR.resolve("policy").toString();
    Run first = run(cache, "sh", launcher, "match", SAMPLE);
    assertEquals(0, first.exit(), first.err());
    Path log = cache.resolve("classes.log");
    Run logged =
        runWith(cache, "-Xlog:class+load=info:file=" + log, "sh", launcher, "match", SAMPLE);
    assertEquals(0, logged.exit(), logged.err());
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    List<String> proxies = lines.stream().filter(l -> l.contains("__dynamic_proxy__")).toList();
    assertEquals(List.of(), proxies, "annotation proxies made by match");
    if (Runtime.version().feature() < 24) {
      String commandLine =
          lines.stream()
              .filter(l -> l.contains("] picocli.CommandLine source: "))
              .findFirst()
              .orElseThrow();
      assertTrue(commandLine.endsWith("source: shared objects file"), commandLine);
    }
  }

  @Test
  void launcherPassesUserErrorsThrough(@TempDir Path cache) throws Exception {
    Run r =
        run(
            cache,
            "sh",
            DIR.resolve("policy").toString(),
            "match",
            cache.resolve("missing.json").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("missing.json"), r.err());
  }
}
