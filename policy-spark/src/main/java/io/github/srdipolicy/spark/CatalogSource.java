package io.github.srdipolicy.spark;

import io.github.srdipolicy.catalog.Catalog;
import java.io.Serializable;

/**
 * Where executors get the catalogue from: a serialisable recipe, run once per executor JVM (the
 * catalogue itself is not serialisable; its documents are code on the class path). The default is
 * {@link Catalog#load()}, every region module on the class path of the job's jar.
 */
@FunctionalInterface
public interface CatalogSource extends Serializable {
  /** Every region module on the class path, as {@link Catalog#load()} finds them. */
  CatalogSource CLASS_PATH = Catalog::load;

  /**
   * Loads the catalogue.
   *
   * @return the catalogue, never null
   */
  Catalog load();
}
