/**
 * The Jiangsu encodings: a {@link io.github.srdipolicy.catalog.PolicySource} found by the core's
 * {@link java.util.ServiceLoader}, whose documents are data files under {@code
 * META-INF/srdi-policy/} (not a package, so readable from the module path without opening it).
 */
module io.github.srdipolicy.jiangsu {
  requires transitive io.github.srdipolicy.model;
  // The core's types carry Immutables annotations, which javadoc reads (compile time only).
  requires static org.immutables.value;
  requires io.github.srdipolicy.national;

  exports io.github.srdipolicy.jiangsu;

  provides io.github.srdipolicy.catalog.PolicySource with
      io.github.srdipolicy.jiangsu.JiangsuSource;
}
