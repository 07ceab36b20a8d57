package io.github.srdipolicy.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.json.PolicyJson;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.PolicyDocument;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code policy diff}: what changed between two documents, or between two sets of criteria. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    header = "Show what changed between two documents or two criteria.",
    description = {
      "Compares two documents (facts added, removed or changed, kind by kind)",
      "or two criteria; criteria are compared requirement by requirement: threshold raised or",
      "lowered, operator changed, condition added or removed.",
      "A and B are both document numbers or both criteria fact ids.",
      "--format csv or json: one change per row, bounds split into operator, amount and unit, with their clauses."
    })
final class DiffCommand implements Callable<Integer> {
  @Mixin LangOption lang;

  @Mixin FormatOption format;

  @ParentCommand PolicyCommand parent;

  @Spec CommandSpec spec;

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
    boolean documents = docA.isPresent() && docB.isPresent();
    if (!documents && !(critA.isPresent() && critB.isPresent())) {
      throw new UserException(
          "Cannot compare a document with criteria: give two document numbers or two criteria ids");
    }
    String out;
    if (format.get() == FormatOption.Format.TEXT) {
      out =
          documents
              ? DocumentDiff.diff(docA.get(), docB.get())
              : SemanticDiff.diff(critA.get(), critB.get());
    } else {
      List<DocumentDiff.Row> rows =
          documents
              ? DocumentDiff.rows(docA.get(), docB.get())
              : SemanticDiff.rows("", critA.get(), critB.get());
      out = format.get() == FormatOption.Format.CSV ? csv(rows) : json(a, b, rows);
    }
    spec.commandLine().getOut().print(out);
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** One change per row; the columns of {@link DocumentDiff.Row#COLUMNS}. */
  private static String csv(List<DocumentDiff.Row> rows) {
    Csv csv = new Csv(DocumentDiff.Row.COLUMNS.toArray(String[]::new));
    rows.forEach(r -> csv.row(r.cells().values().toArray(String[]::new)));
    return csv.toString();
  }

  /**
   * {@code {"a":…, "b":…, "changes":[…]}}, each change with the CSV's fields, empty ones left out.
   */
  private static String json(String a, String b, List<DocumentDiff.Row> rows) {
    ObjectNode root = MatchJson.PRETTY.createObjectNode().put("a", a).put("b", b);
    ArrayNode changes = root.putArray("changes");
    for (DocumentDiff.Row r : rows) {
      ObjectNode n = changes.addObject();
      r.cells()
          .forEach(
              (k, v) -> {
                if (!v.isEmpty()) {
                  n.put(k, v);
                }
              });
    }
    return PolicyJson.write(root) + "\n";
  }

  private static void requireKnown(String arg, Optional<?> doc, Optional<?> criteria) {
    if (doc.isEmpty() && criteria.isEmpty()) {
      throw new UserException("Unknown document or criteria: '" + arg + "'");
    }
  }

  // Looked up by text rather than parsed as ids, so that any argument is simply "unknown" when it
  // matches nothing.
  private static Optional<PolicyDocument> document(Catalog catalog, String id) {
    return catalog.documents().stream().filter(d -> d.id().toString().equals(id)).findFirst();
  }

  private static Optional<EligibilityCriteria> criteria(Catalog catalog, String id) {
    return catalog.facts(EligibilityCriteria.class).stream()
        .filter(c -> c.id().toString().equals(id))
        .findFirst();
  }
}
