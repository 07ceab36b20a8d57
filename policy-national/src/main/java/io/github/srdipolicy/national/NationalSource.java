package io.github.srdipolicy.national;

import io.github.srdipolicy.catalog.data.DataFileSource;

/**
 * Contributes the national documents, tiers and indicators to the catalogue, read from the data
 * files under {@code META-INF/srdi-policy/} of this module (every file its build indexes: no file
 * list here). Registered in {@code META-INF/services/io.github.srdipolicy.catalog.PolicySource}.
 */
public final class NationalSource extends DataFileSource {
  /** Creates the source; called by {@link java.util.ServiceLoader}. */
  public NationalSource() {
    super("policy-national");
  }
}
