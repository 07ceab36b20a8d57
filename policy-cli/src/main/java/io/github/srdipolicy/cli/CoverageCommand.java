package io.github.srdipolicy.cli;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.catalog.Coverage;
import io.github.srdipolicy.json.PolicyJson;
import io.github.srdipolicy.model.PolicyDocument;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code policy coverage}: how completely each document's clauses are encoded. */
@Command(
    name = "coverage",
    mixinStandardHelpOptions = true,
    header = "Show how completely each document's clauses are encoded.",
    description = {
      "Per document: clauses encoded, without an encodable fact, not available; facts encoded.",
      "--format json gives the same counts per document, csv one row per document."
    })
final class CoverageCommand implements Callable<Integer> {
  @Mixin LangOption lang;

  @Mixin FormatOption format;

  @ParentCommand PolicyCommand parent;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Catalog catalog = parent.catalog();
    PrintWriter out = spec.commandLine().getOut();
    if (format.get() == FormatOption.Format.JSON) {
      List<Coverage> all = catalog.documents().stream().map(d -> catalog.coverage(d.id())).toList();
      out.println(PolicyJson.write(all));
      out.flush();
      return 0;
    }
    if (format.get() == FormatOption.Format.CSV) {
      Csv csv =
          new Csv(
              "document",
              "jurisdiction",
              "completeness",
              "clauses",
              "encoded",
              "no_encodable_fact",
              "not_available",
              "facts",
              "encoded_without_facts");
      for (PolicyDocument d : catalog.documents()) {
        Coverage c = catalog.coverage(d.id());
        csv.row(
            d.id().toString(),
            d.jurisdiction().toString(),
            c.completeness().toString(),
            Integer.toString(c.clauses()),
            Integer.toString(c.encoded()),
            Integer.toString(c.noEncodableFact()),
            Integer.toString(c.notAvailable()),
            Integer.toString(c.facts()),
            String.join("; ", c.encodedWithoutFacts()));
      }
      out.print(csv);
      out.flush();
      return 0;
    }
    Text.Table t =
        new Text.Table(
            "Document",
            "Jurisdiction",
            "Completeness",
            "Clauses",
            "Encoded",
            "No encodable fact",
            "Not available",
            "Facts",
            "Encoded without facts");
    for (PolicyDocument d : catalog.documents()) {
      Coverage c = catalog.coverage(d.id());
      t.row(
          d.id().toString(),
          d.jurisdiction().toString(),
          c.completeness().toString(),
          Integer.toString(c.clauses()),
          Integer.toString(c.encoded()),
          Integer.toString(c.noEncodableFact()),
          Integer.toString(c.notAvailable()),
          Integer.toString(c.facts()),
          c.encodedWithoutFacts().isEmpty() ? "-" : String.join(", ", c.encodedWithoutFacts()));
    }
    out.print(t.render(""));
    out.flush();
    return 0;
  }
}
