package io.github.srdipolicy.cli;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.catalog.Coverage;
import io.github.srdipolicy.model.PolicyDocument;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code policy coverage}: how completely each document's clauses are encoded. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
    header = "Show how completely each document's clauses are encoded.",
    description = "Per document: clauses encoded, without an encodable fact, not available; facts encoded.")
final class CoverageCommand implements Callable<Integer> {
  @Mixin
  LangOption lang;

  @ParentCommand
  PolicyCommand parent;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Catalog catalog = parent.catalog();
    Text.Table t = new Text.Table("Document", "Jurisdiction", "Completeness", "Clauses", "Encoded",
        "No encodable fact", "Not available", "Facts", "Encoded without facts");
    for (PolicyDocument d : catalog.documents()) {
      Coverage c = catalog.coverage(d.id());
      t.row(d.id().toString(), d.jurisdiction().toString(), c.completeness().toString(),
          Integer.toString(c.clauses()), Integer.toString(c.encoded()), Integer.toString(c.noEncodableFact()),
          Integer.toString(c.notAvailable()), Integer.toString(c.facts()),
          c.encodedWithoutFacts().isEmpty() ? "-" : String.join(", ", c.encodedWithoutFacts()));
    }
    spec.commandLine().getOut().print(t.render(""));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
