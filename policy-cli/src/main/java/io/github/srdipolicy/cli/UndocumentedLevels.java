package io.github.srdipolicy.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.srdipolicy.model.Jurisdiction;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The statement of {@code match} about the levels of a firm's chain with no encoded document
 * ({@code Catalog.levelsWithoutDocuments}), in text and JSON: so that a firm outside the encoded
 * regions sees why it gets national criteria only, rather than an empty or silent result.
 */
final class UndocumentedLevels {
  private UndocumentedLevels() {}

  /** Appends one paragraph to the text form, nothing when every level has documents. */
  static void text(StringBuilder b, List<Jurisdiction> levels) {
    if (levels.isEmpty()) {
      return;
    }
    b.append("No encoded documents yet for: ")
        .append(
            levels.stream()
                .map(
                    j ->
                        j.name().zh()
                            + " "
                            + j.name().en()
                            + " ("
                            + j.code()
                            + ", "
                            + j.level().toString().toLowerCase(java.util.Locale.ROOT)
                            + ")")
                .collect(Collectors.joining(", ")))
        .append(
            ".\n  Only criteria recognised by the levels above (or restated for these levels by another"
                + " jurisdiction's document) are evaluated.\n");
  }

  /**
   * Adds {@code levelsWithoutDocuments} to the JSON form, always (empty when every level has
   * documents).
   */
  static void json(ObjectNode root, List<Jurisdiction> levels) {
    ArrayNode array = root.putArray("levelsWithoutDocuments");
    for (Jurisdiction j : levels) {
      array
          .addObject()
          .put("code", j.code().toString())
          .put("level", j.level().toString())
          .set("name", MatchJson.PRETTY.valueToTree(j.name()));
    }
  }
}
