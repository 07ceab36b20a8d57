/**
 * The National encodings: a {@link io.github.srdipolicy.catalog.PolicySource} found by the core's
 * {@link java.util.ServiceLoader}, whose documents are data files under {@code
 * META-INF/srdi-policy/} (not a package, so readable from the module path without opening it).
 */
module io.github.srdipolicy.national {
  requires transitive io.github.srdipolicy.model;
  // The core's types carry Immutables annotations, which javadoc reads (compile time only).
  requires static org.immutables.value;

  exports io.github.srdipolicy.national;

  provides io.github.srdipolicy.catalog.PolicySource with
      io.github.srdipolicy.national.NationalSource;
}
