package io.github.srdipolicy.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.dmn.DmnModel;
import io.github.srdipolicy.jiangsu.JiangsuSource;
import io.github.srdipolicy.jilin.JilinSource;
import io.github.srdipolicy.national.NationalSource;
import io.github.srdipolicy.screening.Screener;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * API compatibility: the public API of each library jar (public and protected types and members
 * outside {@code internal} packages, as the JVM links them) is recorded in {@code
 * src/test/resources/api/<module>.api}, one sorted line per member, and checked on every build.
 *
 * <p>A removed or changed line is a break: the test fails until it is declared (a line in
 * CHANGELOG.md, then {@code -Dapi.update=true}). An added line fails too, so that additions are
 * reviewed in the diff of the file. Nothing is published yet, so the baseline is this file rather
 * than a released jar (see CONTRIBUTING.md).
 */
class ApiSignatureTest {
  private static final Path DIR = Path.of("src/test/resources/api");

  static Stream<Arguments> modules() {
    return Stream.of(
        Arguments.of("policy-model", Catalog.class),
        Arguments.of("policy-screening", Screener.class),
        Arguments.of("policy-national", NationalSource.class),
        Arguments.of("policy-jilin", JilinSource.class),
        Arguments.of("policy-jiangsu", JiangsuSource.class),
        Arguments.of("policy-dmn", DmnModel.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modules")
  void publicApiMatchesTheRecordedSignatures(String module, Class<?> marker) throws Exception {
    List<String> now = signatures(marker);
    Path file = DIR.resolve(module + ".api");
    if (Boolean.getBoolean("api.update")) {
      Files.createDirectories(DIR);
      Files.write(file, now, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.exists(file), file + " is missing: record the API with -Dapi.update=true");
    List<String> recorded = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> removed = recorded.stream().filter(l -> !now.contains(l)).toList();
    List<String> added = now.stream().filter(l -> !recorded.contains(l)).toList();
    assertTrue(
        removed.isEmpty(),
        module
            + " breaks its API: these members were removed or changed:\n  "
            + String.join("\n  ", removed)
            + (added.isEmpty() ? "" : "\nnow:\n  " + String.join("\n  ", added))
            + "\nIf the break is intended, declare it under 'Breaking' in CHANGELOG.md and re-record "
            + file
            + " with -Dapi.update=true.");
    assertTrue(
        added.isEmpty(),
        module
            + " adds API that "
            + file
            + " does not record:\n  "
            + String.join("\n  ", added)
            + "\nReview it, then record it with -Dapi.update=true.");
  }

  /**
   * The signatures of every API member in the jar (or classes folder) that holds the marker class.
   */
  static List<String> signatures(Class<?> marker) throws IOException, URISyntaxException {
    Path where = Path.of(marker.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(where)) {
      try (Stream<Path> files = Files.walk(where)) {
        files.map(where::relativize).map(Path::toString).forEach(names::add);
      }
    } else {
      try (JarFile jar = new JarFile(where.toFile())) {
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
          names.add(e.nextElement().getName());
        }
      }
    }
    TreeSet<String> lines = new TreeSet<>();
    for (String name : names) {
      String n = name.replace('\\', '/');
      if (!n.endsWith(".class")
          || n.startsWith("META-INF/")
          || n.endsWith("module-info.class")
          || n.endsWith("package-info.class")
          || n.contains("/internal/")) {
        continue;
      }
      Class<?> type;
      try {
        type =
            Class.forName(
                n.substring(0, n.length() - 6).replace('/', '.'), false, marker.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        throw new AssertionError("cannot load " + n, e);
      }
      if (visible(type)) {
        describe(type, lines);
      }
    }
    return List.copyOf(lines);
  }

  private static boolean visible(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      if (!Modifier.isPublic(t.getModifiers())
          || t.isAnonymousClass()
          || t.isLocalClass()
          || t.isSynthetic()) {
        return false;
      }
    }
    return true;
  }

  private static void describe(Class<?> type, TreeSet<String> lines) {
    String name = type.getName();
    StringBuilder head = new StringBuilder(type.toGenericString());
    if (type.getGenericSuperclass() != null
        && type.getSuperclass() != Object.class
        && !type.isEnum()) {
      head.append(" extends ").append(type.getGenericSuperclass().getTypeName());
    }
    if (type.getGenericInterfaces().length > 0) {
      head.append(type.isInterface() ? " extends " : " implements ")
          .append(
              Arrays.stream(type.getGenericInterfaces())
                  .map(Type::getTypeName)
                  .collect(Collectors.joining(", ")));
    }
    if (type.isSealed()) {
      head.append(" permits ")
          .append(
              Arrays.stream(type.getPermittedSubclasses())
                  .map(Class::getName)
                  .sorted()
                  .collect(Collectors.joining(", ")));
    }
    lines.add(name + " :: " + head);
    boolean extensible = !Modifier.isFinal(type.getModifiers());
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (api(c, extensible)) {
        lines.add(name + " :: " + c.toGenericString());
      }
    }
    for (Field f : type.getDeclaredFields()) {
      if (api(f, extensible)) {
        lines.add(name + " :: " + f.toGenericString());
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      if (api(m, extensible)) {
        lines.add(name + " :: " + m.toGenericString());
      }
    }
    // Public methods a public type inherits from one outside the API (an X.Builder's setters, from
    // the generated ImmutableX.Builder nested in a package-private class) are its API too.
    for (Method m : type.getMethods()) {
      if (!m.isSynthetic() && m.getDeclaringClass() != type && !visible(m.getDeclaringClass())) {
        lines.add(name + " :: " + m.toGenericString());
      }
    }
  }

  private static boolean api(Member m, boolean extensible) {
    int mod = m.getModifiers();
    // Bridges are kept: javac adds public ones to a public class for the methods it inherits from a
    // package-private one (every X.Builder's setters), and they are what callers link against.
    boolean synthetic =
        m instanceof Method method
            ? method.isSynthetic() && !method.isBridge()
            : m instanceof Executable e ? e.isSynthetic() : ((Field) m).isSynthetic();
    return !synthetic && (Modifier.isPublic(mod) || extensible && Modifier.isProtected(mod));
  }
}
