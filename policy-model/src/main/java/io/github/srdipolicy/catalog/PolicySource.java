package io.github.srdipolicy.catalog;

import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.PolicyDocument;
import java.util.List;

/**
 * The service-provider interface through which a region module contributes its data.
 *
 * <p>A module implements it once and registers the implementation in {@code
 * META-INF/services/io.github.srdipolicy.catalog.PolicySource}. The core never imports a region
 * module; {@link Catalog#load()} finds the sources on the class path. Implementations must be
 * stateless and return the same data on every call.
 */
public interface PolicySource {
  /**
   * Returns a short name of the source for messages, such as {@code policy-jilin}.
   *
   * @return the name, never null
   */
  String name();

  /**
   * Returns jurisdictions the source lists. Not needed: every GB/T 2260 code is known to the core
   * ({@link io.github.srdipolicy.model.Divisions}). Each one listed must agree with that table
   * (code, level, parent, zh name), or the catalogue does not load.
   *
   * @return the jurisdictions, empty by default, never null
   */
  default List<Jurisdiction> jurisdictions() {
    return List.of();
  }

  /**
   * Returns indicators the source needs beyond the standard vocabulary.
   *
   * @return the indicator definitions, never null
   */
  default List<Indicator> indicators() {
    return List.of();
  }

  /**
   * Returns the documents the source encodes.
   *
   * @return the documents, never null
   */
  List<PolicyDocument> documents();
}
