package io.github.srdipolicy.catalog.data;

import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.PolicyDocument;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One data file as read: its document and the indicators and jurisdictions it introduces, with the
 * line and column at which each fact id is written (for findings).
 *
 * @param file the file name as given to the loader
 * @param document the document
 * @param indicators the indicators the file introduces
 * @param jurisdictions the jurisdictions the file introduces
 * @param declarations the declaration keys the file declares (its {@code declarations:} list),
 *     which its criteria may use
 * @param lines the line of each fact id in the file
 * @param columns the column of each fact id in the file
 */
public record DocumentFile(
    String file,
    PolicyDocument document,
    List<Indicator> indicators,
    List<Jurisdiction> jurisdictions,
    List<String> declarations,
    Map<String, Integer> lines,
    Map<String, Integer> columns) {
  /**
   * Creates a file record; the lists and map are copied.
   *
   * @param file the file name, not null
   * @param document the document, not null
   * @param indicators the indicators, not null
   * @param jurisdictions the jurisdictions, not null
   * @param declarations the declaration keys, not null
   * @param lines the line of each fact id, not null
   * @param columns the column of each fact id, not null
   */
  public DocumentFile {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(document, "document");
    indicators = List.copyOf(indicators);
    jurisdictions = List.copyOf(jurisdictions);
    declarations = List.copyOf(declarations);
    lines = Map.copyOf(lines);
    columns = Map.copyOf(columns);
  }

  /**
   * Returns the line on which a fact id is written.
   *
   * @param factId the full fact id, not null
   * @return the line, 1-based, or 0 if the id is not written in the file
   */
  public int lineOf(String factId) {
    return lines.getOrDefault(factId, 0);
  }

  /**
   * Returns the column at which a fact id is written (the id's value).
   *
   * @param factId the full fact id, not null
   * @return the column, 1-based, or 0 if the id is not written in the file
   */
  public int columnOf(String factId) {
    return columns.getOrDefault(factId, 0);
  }
}
