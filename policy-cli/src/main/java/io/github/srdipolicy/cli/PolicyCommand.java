package io.github.srdipolicy.cli;

import io.github.srdipolicy.catalog.Catalog;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code policy} command: only dispatches to its subcommands. */
@Command(name = "policy", mixinStandardHelpOptions = true, version = "policy 0.1.0",
    description = "Query the machine-readable catalogue of China's 专精特新 (SRDI) SME policies.",
    subcommands = {MatchCommand.class, ExplainCommand.class, LadderCommand.class, CompareCommand.class,
        DiffCommand.class, ExportCommand.class, CoverageCommand.class, ScreenCommand.class, LintCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:internal failure", "2:user error (bad arguments, file, JSON, id or unit)"})
final class PolicyCommand implements Runnable {
  /** Exit code of every user error. */
  static final int USER_ERROR = 2;

  private final Supplier<Catalog> catalogSource;
  private Catalog catalog;

  @Spec
  CommandSpec spec;

  /** Creates the command over the catalogue on the class path. */
  PolicyCommand() {
    this(Catalog::load);
  }

  /** Creates the command over a given catalogue, for tests with a fixed catalogue. */
  PolicyCommand(Supplier<Catalog> catalog) {
    this.catalogSource = catalog;
  }

  /** The catalogue, loaded once on first use so that {@code --help} does not pay for it. */
  Catalog catalog() {
    if (catalog == null) {
      catalog = catalogSource.get();
    }
    return catalog;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of "
        + String.join(", ", spec.subcommands().keySet()));
  }

  /**
   * Wires a command line with the project's error reporting: user errors become one line on
   * standard error and exit code 2; only unexpected failures print a stack trace.
   */
  static CommandLine commandLine(PolicyCommand command, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(command);
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine c = ex.getCommandLine();
      c.getErr().println(prefix(c) + oneLine(ex.getMessage()) + " (see '" + c.getCommandSpec().qualifiedName()
          + " --help')");
      return USER_ERROR;
    });
    cl.setExecutionExceptionHandler((ex, c, parsed) -> {
      if (ex instanceof UserException || ex instanceof IllegalArgumentException) {
        c.getErr().println(prefix(c) + oneLine(ex.getMessage()));
        return USER_ERROR;
      }
      if (ex instanceof IllegalStateException) {
        // An inconsistent catalogue is a defect of the data, not of the request: say so, without a trace.
        c.getErr().println(prefix(c) + oneLine(ex.getMessage()));
        return 1;
      }
      ex.printStackTrace(c.getErr());
      return 1;
    });
    return cl;
  }

  private static String prefix(CommandLine c) {
    return c.getCommandSpec().qualifiedName() + ": ";
  }

  private static String oneLine(String message) {
    return message == null ? "failed" : message.replaceAll("\\s*\\R\\s*", " ").strip();
  }

  /** Parses {@code --as-of} dates, naming the expected form when one is malformed. */
  static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a date (expected YYYY-MM-DD)");
      }
    }
  }
}
