package io.github.srdipolicy.cli;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.PolicyDocument;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code policy diff}: what changed between two documents, or between two sets of criteria. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    header = "Show what changed between two documents or two criteria.",
    description = {"Compares two documents (facts added, removed or changed, kind by kind)",
        "or two criteria; criteria are compared requirement by requirement: threshold raised or",
        "lowered, operator changed, condition added or removed.",
        "A and B are both document numbers or both criteria fact ids."})
final class DiffCommand implements Callable<Integer> {
  @Mixin
  LangOption lang;

  @ParentCommand
  PolicyCommand parent;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A", description = "A document number or a criteria id.")
  String a;

  @Parameters(index = "1", paramLabel = "B", description = "A document number or a criteria id.")
  String b;

  @Override
  public Integer call() {
    Catalog catalog = parent.catalog();
    Optional<PolicyDocument> docA = document(catalog, a);
    Optional<PolicyDocument> docB = document(catalog, b);
    Optional<EligibilityCriteria> critA = criteria(catalog, a);
    Optional<EligibilityCriteria> critB = criteria(catalog, b);
    requireKnown(a, docA, critA);
    requireKnown(b, docB, critB);
    String out;
    if (docA.isPresent() && docB.isPresent()) {
      out = DocumentDiff.diff(docA.get(), docB.get());
    } else if (critA.isPresent() && critB.isPresent()) {
      out = SemanticDiff.diff(critA.get(), critB.get());
    } else {
      throw new UserException("Cannot compare a document with criteria: give two document numbers or two criteria ids");
    }
    spec.commandLine().getOut().print(out);
    spec.commandLine().getOut().flush();
    return 0;
  }

  private static void requireKnown(String arg, Optional<?> doc, Optional<?> criteria) {
    if (doc.isEmpty() && criteria.isEmpty()) {
      throw new UserException("Unknown document or criteria: '" + arg + "'");
    }
  }

  // Looked up by text rather than parsed as ids, so that any argument is simply "unknown" when it matches nothing.
  private static Optional<PolicyDocument> document(Catalog catalog, String id) {
    return catalog.documents().stream().filter(d -> d.id().toString().equals(id)).findFirst();
  }

  private static Optional<EligibilityCriteria> criteria(Catalog catalog, String id) {
    return catalog.facts(EligibilityCriteria.class).stream().filter(c -> c.id().toString().equals(id)).findFirst();
  }
}
