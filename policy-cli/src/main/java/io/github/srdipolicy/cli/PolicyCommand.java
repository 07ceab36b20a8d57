package io.github.srdipolicy.cli;

import io.github.srdipolicy.assessment.Assessor;
import io.github.srdipolicy.catalog.Catalog;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code policy} command: only dispatches to its subcommands.
 *
 * <p>Its model (name, description, {@code -h}/{@code -V}, exit codes) is built in code by {@link
 * #commandLine}, not read from annotations: picocli reads annotations by reflection and makes a
 * proxy class per annotation type, which cost a cold {@code policy match} about a fifth of its main
 * thread (issue #17). {@code HelpTextTest} holds the help it prints to what the annotations
 * printed.
 */
final class PolicyCommand implements Runnable {
  /** Exit code of every user error. */
  static final int USER_ERROR = 2;

  /**
   * The subcommands by name, in the order {@code --help} lists them. Registered by {@link
   * #commandLine} rather than in the annotation so that a run of one command builds the model of
   * that command only: picocli reads every registered command's annotations by reflection at start,
   * which cost more than half of a cold {@code policy match} (issue #17). {@code
   * SubcommandNamesTest} holds each key equal to its class's {@code @Command} name.
   */
  static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> m = new LinkedHashMap<>();
    m.put("match", MatchCommand.class);
    m.put("ask", AskCommand.class);
    m.put("template", TemplateCommand.class);
    m.put("rewards", RewardsCommand.class);
    m.put("explain", ExplainCommand.class);
    m.put("ladder", LadderCommand.class);
    m.put("jurisdictions", JurisdictionsCommand.class);
    m.put("compare", CompareCommand.class);
    m.put("what-if", WhatIfCommand.class);
    m.put("diff", DiffCommand.class);
    m.put("export", ExportCommand.class);
    m.put("coverage", CoverageCommand.class);
    m.put("screen", ScreenCommand.class);
    m.put("lint", LintCommand.class);
    m.put("help", CommandLine.HelpCommand.class);
    return m;
  }

  private final Supplier<Catalog> catalogSource;
  private Catalog catalog;
  private Assessor assessor;

  /** Standard input, for {@code -} and {@code ask}; tests give their own. */
  InputStream in = System.in;

  /** This command's model, set by {@link #commandLine}. */
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

  /** The assessor over the catalogue, made once. */
  Assessor assessor() {
    if (assessor == null) {
      assessor = Assessor.of(catalog());
    }
    return assessor;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "Missing command: choose one of " + String.join(", ", spec.subcommands().keySet()));
  }

  /**
   * Wires a command line for the given arguments with the project's error reporting: user errors
   * become one line on standard error and exit code 2; only unexpected failures print a stack
   * trace.
   *
   * <p>When the first argument names a subcommand (other than {@code help}, which lists the
   * others), only that subcommand is registered: what it parses, prints and answers is the same as
   * with all of them, and the others' models are never built. Any other first argument (an option
   * such as {@code --version}, an {@code @file}, nothing, a typo) gets every subcommand.
   */
  static CommandLine commandLine(
      PolicyCommand command, PrintWriter out, PrintWriter err, String... arguments) {
    CommandLine cl = new CommandLine(spec(command));
    Class<?> only =
        arguments.length == 0 || arguments[0].equals("help") ? null : SUBCOMMANDS.get(arguments[0]);
    if (only != null) {
      addSubcommand(cl, command, arguments[0], only);
    } else {
      for (Map.Entry<String, Class<?>> e : SUBCOMMANDS.entrySet()) {
        addSubcommand(cl, command, e.getKey(), e.getValue());
      }
    }
    // Everything that reaches the terminal is escaped (SafeText); no colours, which would be
    // escaped too.
    PrintWriter safeOut = SafeText.terminal(out);
    cl.setOut(safeOut);
    cl.setErr(SafeText.terminal(err));
    cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    // Named classes rather than lambdas: picocli is Java 5 bytecode, and a lambda implementing one
    // of its interfaces makes the class-data dump link that interface early and leave picocli's
    // CommandLine out of the launcher's archive (parsed and verified on every run instead).
    cl.setParameterExceptionHandler(new ParameterErrors());
    cl.setExecutionExceptionHandler(new ExecutionErrors());
    // Whatever a command printed, a write that failed (a full disk) must not end in exit code 0.
    cl.setExecutionStrategy(new CheckedRun(safeOut));
    return cl;
  }

  /** The root command's model, as its annotations would make it (see the class comment). */
  private static CommandSpec spec(PolicyCommand command) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
    spec.name("policy");
    addStandardHelpOptions(spec);
    spec.versionProvider(new BuildVersion());
    spec.usageMessage()
        .description("Query the machine-readable catalogue of China's 专精特新 (SRDI) SME policies.")
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(
            CommandLine.Model.UsageMessageSpec.keyValuesMap(
                "0:success",
                "1:internal failure, or output that could not be written",
                "2:user error (bad arguments, file, JSON, id or unit)"));
    command.spec = spec;
    return spec;
  }

  /**
   * Adds {@code -h, --help} and {@code -V, --version} to a model built in code, with the names and
   * descriptions of picocli's {@code mixinStandardHelpOptions} (which an annotated command gets).
   */
  static void addStandardHelpOptions(CommandSpec spec) {
    spec.addOption(
        OptionSpec.builder("-h", "--help")
            .usageHelp(true)
            .description("Show this help message and exit.")
            .build());
    spec.addOption(
        OptionSpec.builder("-V", "--version")
            .versionHelp(true)
            .description("Print version information and exit.")
            .build());
  }

  /** Registers a subcommand: {@code match} by its model built in code, the others by class. */
  private static void addSubcommand(
      CommandLine cl, PolicyCommand command, String name, Class<?> type) {
    if (type == MatchCommand.class) {
      cl.addSubcommand(name, MatchCommand.spec(new MatchCommand(), command));
    } else {
      cl.addSubcommand(name, type);
    }
  }

  /** Reports a parameter error as one line naming the command and its {@code --help}. */
  private static final class ParameterErrors implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
      CommandLine c = ex.getCommandLine();
      c.getErr()
          .println(
              prefix(c)
                  + SafeText.oneLine(ex.getMessage())
                  + " (see '"
                  + c.getCommandSpec().qualifiedName()
                  + " --help')");
      c.getErr().flush();
      return USER_ERROR;
    }
  }

  /** User errors as one line and exit code 2; a stack trace only for unexpected failures. */
  private static final class ExecutionErrors implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(
        Exception ex, CommandLine c, CommandLine.ParseResult parsed) {
      if (ex instanceof UserException || ex instanceof IllegalArgumentException) {
        c.getErr().println(prefix(c) + SafeText.oneLine(ex.getMessage()));
        c.getErr().flush();
        return USER_ERROR;
      }
      if (ex instanceof IllegalStateException || ex instanceof CheckedOutput.Failed) {
        // An inconsistent catalogue is a defect of the data, and output that cannot be written
        // a problem of the machine, not of the request: say so, without a trace.
        c.getErr().println(prefix(c) + SafeText.oneLine(ex.getMessage()));
        c.getErr().flush();
        return 1;
      }
      ex.printStackTrace(c.getErr());
      c.getErr().flush();
      return 1;
    }
  }

  /** Runs the last subcommand, then fails the run if standard output could not be written. */
  private static final class CheckedRun implements CommandLine.IExecutionStrategy {
    private final CommandLine.IExecutionStrategy run = new CommandLine.RunLast();
    private final PrintWriter out;

    CheckedRun(PrintWriter out) {
      this.out = out;
    }

    @Override
    public int execute(CommandLine.ParseResult parsed) {
      int code = run.execute(parsed);
      if (out.checkError()) {
        CommandLine c =
            parsed.subcommands().isEmpty()
                ? parsed.commandSpec().commandLine()
                : parsed
                    .subcommands()
                    .get(parsed.subcommands().size() - 1)
                    .commandSpec()
                    .commandLine();
        c.getErr()
            .println(
                prefix(c)
                    + "Cannot write to standard output (disk full or output closed); "
                    + "the output is incomplete");
        c.getErr().flush();
        return code == 0 ? 1 : code;
      }
      return code;
    }
  }

  private static String prefix(CommandLine c) {
    return c.getCommandSpec().qualifiedName() + ": ";
  }

  /** Parses {@code --as-of} dates, naming the expected form when one is malformed. */
  static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a date (expected YYYY-MM-DD)");
      }
    }
  }
}
