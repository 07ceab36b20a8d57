package io.github.srdipolicy.cli;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.jiangsu.JiangsuSource;
import io.github.srdipolicy.jilin.JilinSource;
import io.github.srdipolicy.national.NationalSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.function.Supplier;

/** Runs the command line in-process with captured output. */
final class Cli {
  /** The real catalogue, loaded once: as the jar sees it, through ServiceLoader. */
  static final Supplier<Catalog> REAL = memo(Catalog::load);
  /** The real sources plus the invented {@link FixturePolicy}, for output that needs criteria. */
  static final Supplier<Catalog> FIXTURE = memo(() -> Catalog.of(new NationalSource(), new JilinSource(),
      new JiangsuSource(), new FixturePolicy()));

  /** The outcome of one run. */
  record Result(int exit, String out, String err) {}

  private Cli() {}

  static Result run(Supplier<Catalog> catalog, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = PolicyCommand.commandLine(new PolicyCommand(catalog), new PrintWriter(out, true),
        new PrintWriter(err, true)).execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  static Result real(String... args) {
    return run(REAL, args);
  }

  static Result fixture(String... args) {
    return run(FIXTURE, args);
  }

  /** A bundled sample, shipped in policy-cli/samples. */
  static String sample(String name) {
    return Path.of(System.getProperty("samples.dir", "samples")).resolve(name).toString();
  }

  /** A test input under src/test/resources/profiles. */
  static String profile(String name) {
    return Path.of("src/test/resources/profiles").resolve(name).toString();
  }

  private static <T> Supplier<T> memo(Supplier<T> s) {
    return new Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = s.get();
        }
        return value;
      }
    };
  }
}
