package io.github.srdipolicy.dmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The library jars work as JPMS modules, not only on the class path: the core, the screener, the
 * three region modules and this one are resolved with their Jackson dependencies as a module layer
 * (as {@code java --module-path} would), the core's {@code uses PolicySource} binds the regions'
 * {@code provides}, their data files under {@code META-INF/srdi-policy/} are found, Jackson writes
 * the package-private Immutables classes through the core's {@code opens}, and the internal package
 * is exported to the screening module only.
 */
class ModulePathTest {
  private static final String CORE = "io.github.srdipolicy.model";

  /** The module path: the project's modules and the libraries they require, from the test's. */
  private static Path[] modulePath() {
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return Arrays.stream(cp.split(File.pathSeparator))
        .filter(
            e ->
                // target/classes in a test run, the module's jar once the reactor has packaged it
                e.matches(
                            ".*policy-(model|screening|national|jilin|jiangsu|dmn)/target/(classes/?|[^/]+\\.jar)")
                        && !e.endsWith("-tests.jar")
                    || e.matches(".*/(jackson-[a-z0-9-]+|snakeyaml)-[0-9.]+\\.jar"))
        .map(Path::of)
        .toArray(Path[]::new);
  }

  private static ModuleLayer layer() {
    Configuration cf =
        ModuleLayer.boot()
            .configuration()
            .resolveAndBind(
                ModuleFinder.of(modulePath()),
                ModuleFinder.of(),
                Set.of("io.github.srdipolicy.dmn", "io.github.srdipolicy.screening"));
    return ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
  }

  @Test
  void theCatalogueLoadsFromTheModulePath() throws Exception {
    ModuleLayer layer = layer();
    Module core = layer.findModule(CORE).orElseThrow();
    assertTrue(core.isNamed() && core.getDescriptor().isAutomatic() == false, "a real module");
    Set<String> modules = layer.modules().stream().map(Module::getName).collect(Collectors.toSet());
    assertTrue(
        modules.containsAll(
            Set.of(
                "io.github.srdipolicy.national",
                "io.github.srdipolicy.jilin",
                "io.github.srdipolicy.jiangsu")),
        "the regions are bound as providers of the core's service: " + modules);

    ClassLoader loader = layer.findLoader(CORE);
    Class<?> catalogType = Class.forName("io.github.srdipolicy.catalog.Catalog", true, loader);
    assertEquals(core, catalogType.getModule());
    Object catalog = catalogType.getMethod("load").invoke(null);
    assertEquals(
        List.of("policy-jiangsu", "policy-jilin", "policy-national"),
        ((List<?>) catalogType.getMethod("sourceNames").invoke(catalog))
            .stream().map(Object::toString).sorted().toList());
    List<?> documents = (List<?>) catalogType.getMethod("documents").invoke(catalog);
    assertFalse(documents.isEmpty());

    // Jackson (a module too) serialises the package-private Immutables class of a document.
    Class<?> json = Class.forName("io.github.srdipolicy.json.PolicyJson", true, loader);
    String text = (String) json.getMethod("write", Object.class).invoke(null, documents.get(0));
    assertTrue(text.contains("\"id\""), text);

    // This module's writer, on the module path too.
    Class<?> dmn = Class.forName("io.github.srdipolicy.dmn.DmnModel", true, loader);
    Object model =
        dmn.getMethod("of", catalogType, Optional.class).invoke(null, catalog, Optional.empty());
    assertTrue(((String) dmn.getMethod("xml").invoke(model)).contains("<definitions"));

    // The screener, its own module, compiles the catalogue's criteria in force on a day.
    ClassLoader screeningLoader = layer.findLoader("io.github.srdipolicy.screening");
    Class<?> screener =
        Class.forName("io.github.srdipolicy.screening.Screener", true, screeningLoader);
    assertEquals("io.github.srdipolicy.screening", screener.getModule().getName());
    Object compiled =
        screener
            .getMethod("of", catalogType, LocalDate.class)
            .invoke(null, catalog, LocalDate.of(2024, 6, 1));
    assertFalse(((List<?>) screener.getMethod("criteria").invoke(compiled)).isEmpty());
  }

  @Test
  void onlyTheApiPackagesAreExported() {
    ModuleDescriptor core = layer().findModule(CORE).orElseThrow().getDescriptor();
    Set<String> exported =
        core.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    assertEquals(
        Set.of(Set.of("io.github.srdipolicy.screening")),
        core.exports().stream()
            .filter(e -> e.source().equals("io.github.srdipolicy.internal"))
            .map(ModuleDescriptor.Exports::targets)
            .collect(Collectors.toSet()),
        "the internal package is exported to the screening module only");
    assertTrue(
        core.exports().stream()
            .filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .noneMatch(p -> p.equals("io.github.srdipolicy.internal")));
    assertTrue(core.packages().contains("io.github.srdipolicy.internal"));
    assertTrue(exported.contains("io.github.srdipolicy.catalog"), exported.toString());
  }
}
