package io.github.srdipolicy.cli;

import io.github.srdipolicy.catalog.PolicySource;
import io.github.srdipolicy.catalog.data.DataFileSource;
import io.github.srdipolicy.catalog.data.DocumentFile;
import io.github.srdipolicy.catalog.data.DocumentFiles;
import io.github.srdipolicy.catalog.data.Lint;
import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.Indicators;
import io.github.srdipolicy.model.PolicyDocument;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code policy lint [FILE…]}: the authoring checks of policy data files. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    header = "Check policy data files (YAML) for authoring errors.",
    description = {
      "Reads each FILE (or, without FILE, every data file on the class path) and checks it against "
          + "the catalogue: unknown or unused indicators, units, bands, at-least counts, clauses, overlapping "
          + "criteria, labels. One line per finding: FILE:LINE:COLUMN: SEVERITY [FACT-ID] message.",
      "Exits with 2 if a file cannot be read or has an error, 0 if there are only warnings."
    })
final class LintCommand implements Callable<Integer> {
  @Parameters(
      arity = "0..*",
      paramLabel = "FILE",
      description = "Data files to check (default: all on the class path); - for standard input.")
  List<Path> files = new ArrayList<>();

  @ParentCommand PolicyCommand parent;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    List<PolicySource> sources = new ArrayList<>();
    ServiceLoader.load(PolicySource.class, LintCommand.class.getClassLoader())
        .forEach(sources::add);
    List<DocumentFile> checked = new ArrayList<>();
    List<PolicyDocument> others = new ArrayList<>();
    List<Indicator> known = new ArrayList<>(Indicators.all());
    for (Path p : files) {
      if (InputFiles.isStdin(p)) {
        checked.add(DocumentFiles.read("-", parent.in));
        continue;
      }
      if (!Files.isRegularFile(p)) {
        throw new UserException("No such file: " + p);
      }
      checked.add(DocumentFiles.read(p));
    }
    for (PolicySource s : sources) {
      if (files.isEmpty() && s instanceof DataFileSource d) {
        checked.addAll(d.files());
      } else {
        others.addAll(s.documents());
        known.addAll(s.indicators());
      }
    }
    List<Lint.Finding> findings = Lint.check(checked, others, known);
    PrintWriter out = spec.commandLine().getOut();
    findings.forEach(out::println);
    long errors = findings.stream().filter(f -> f.severity() == Lint.Severity.ERROR).count();
    out.println(
        checked.size()
            + " files checked: "
            + errors
            + " errors, "
            + (findings.size() - errors)
            + " warnings");
    out.flush();
    return errors > 0 ? PolicyCommand.USER_ERROR : 0;
  }
}
