package io.github.srdipolicy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: expected outputs checked in under {@code src/test/resources/golden}, compared byte
 * for byte.
 *
 * <p>Outputs that depend on the region data (still being encoded) are goldens rather than
 * hand-written expectations. After the data changes, regenerate them all with one command and
 * review the diff before committing:
 *
 * <pre>
 * mvn -o -pl policy-cli -am verify -Dgolden.update=true
 * </pre>
 *
 * With {@code -Dgolden.update=true} each check writes the actual output to its golden file instead
 * of comparing (and passes).
 */
final class Golden {
  private Golden() {}

  static boolean updating() {
    return Boolean.getBoolean("golden.update");
  }

  static Path dir() {
    return Path.of(System.getProperty("golden.dir", "src/test/resources/golden"));
  }

  /** Compares with (or, when updating, rewrites) {@code golden/NAME}. */
  static void check(String name, String actual) {
    check(dir().resolve(name), actual);
  }

  static void check(Path file, String actual) {
    try {
      if (updating()) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertTrue(
          Files.exists(file),
          () -> "missing golden file " + file + ": run with -Dgolden.update=true");
      assertEquals(
          Files.readString(file, StandardCharsets.UTF_8),
          actual,
          () ->
              "output differs from "
                  + file
                  + " (if the change is intended: -Dgolden.update=true, then review)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
