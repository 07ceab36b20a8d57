package io.github.srdipolicy.cli;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.catalog.PolicySource;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.national.NationalSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** Runs the command line in-process with captured output. */
final class Cli {
  /** The real catalogue, loaded once: as the jar sees it, through ServiceLoader. */
  static final Supplier<Catalog> REAL = memo(Catalog::load);

  /**
   * The invented {@link FixturePolicy} with the national tiers it climbs to, but none of the
   * national criteria, targets or incentives: its outputs depend only on fixture data, whatever the
   * real modules encode.
   */
  static final Supplier<Catalog> FIXTURE =
      memo(() -> Catalog.of(new NationalTiersOnly(), new FixturePolicy()));

  /** The national documents reduced to their tiers. */
  private static final class NationalTiersOnly implements PolicySource {
    private final NationalSource national = new NationalSource();

    @Override
    public String name() {
      return "national-tiers";
    }

    @Override
    public List<Jurisdiction> jurisdictions() {
      return national.jurisdictions();
    }

    @Override
    public List<io.github.srdipolicy.model.Indicator> indicators() {
      return national.indicators();
    }

    @Override
    public List<PolicyDocument> documents() {
      return national.documents().stream()
          .filter(d -> !d.tiers().isEmpty())
          .map(
              d ->
                  (PolicyDocument)
                      PolicyDocument.builder()
                          .from(d)
                          .criteria(List.of())
                          .targets(List.of())
                          .incentives(List.of())
                          .measures(List.of())
                          .provisions(List.of())
                          .ladders(List.of())
                          .poolFirms(List.of())
                          .build())
          .toList();
    }
  }

  /** The outcome of one run. */
  record Result(int exit, String out, String err) {}

  private Cli() {}

  static Result run(Supplier<Catalog> catalog, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        PolicyCommand.commandLine(
                new PolicyCommand(catalog),
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                args)
            .execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  /** Runs with the given text as standard input. */
  static Result withInput(Supplier<Catalog> catalog, String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PolicyCommand command = new PolicyCommand(catalog);
    command.in =
        new java.io.ByteArrayInputStream(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    int exit =
        PolicyCommand.commandLine(
                command, new PrintWriter(out, true), new PrintWriter(err, true), args)
            .execute(args);
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
