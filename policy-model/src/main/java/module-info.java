/**
 * The SRDI policy core: the typed model, the explained engine, the catalogue and its SPI, and JSON
 * support. Region modules provide {@link io.github.srdipolicy.catalog.PolicySource}s; {@code
 * io.github.srdipolicy.internal} is exported only to the screening module, which shares its
 * argument checks.
 */
module io.github.srdipolicy.model {
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.dataformat.yaml;
  // Immutables' annotations are read at compile time only (and its jar is an automatic module).
  requires static org.immutables.value;
  requires static java.compiler;

  exports io.github.srdipolicy.model;
  exports io.github.srdipolicy.engine;
  exports io.github.srdipolicy.catalog;
  exports io.github.srdipolicy.catalog.data;
  exports io.github.srdipolicy.assessment;
  exports io.github.srdipolicy.json;
  exports io.github.srdipolicy.profile;
  exports io.github.srdipolicy.internal to
      io.github.srdipolicy.screening;

  // Jackson reads and writes the package-private Immutables classes by reflection.
  opens io.github.srdipolicy.model to
      com.fasterxml.jackson.databind;
  opens io.github.srdipolicy.engine to
      com.fasterxml.jackson.databind;
  opens io.github.srdipolicy.catalog to
      com.fasterxml.jackson.databind;
  opens io.github.srdipolicy.catalog.data to
      com.fasterxml.jackson.databind;
  opens io.github.srdipolicy.assessment to
      com.fasterxml.jackson.databind;
  opens io.github.srdipolicy.profile to
      com.fasterxml.jackson.databind;

  uses io.github.srdipolicy.catalog.PolicySource;
}
