package io.github.srdipolicy.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version {@code policy --version} prints, read from {@code version.properties}, which the
 * build writes from the project's version, so the CLI can never report a version it was not built
 * as.
 */
final class BuildVersion implements IVersionProvider {
  /** The version of this build, such as {@code 0.1.0-SNAPSHOT}. */
  static String version() {
    try (InputStream in = BuildVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from the CLI's jar");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "policy " + version(),
      "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
