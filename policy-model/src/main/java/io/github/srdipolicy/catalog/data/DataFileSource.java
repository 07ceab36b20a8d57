package io.github.srdipolicy.catalog.data;

import io.github.srdipolicy.catalog.PolicySource;
import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.PolicyDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * A {@link PolicySource} whose documents are data files on the class path.
 *
 * <p>A region module subclasses it with a public no-argument constructor naming the source, and
 * registers the subclass in {@code META-INF/services/io.github.srdipolicy.catalog.PolicySource}:
 *
 * <pre>{@code
 * public final class JilinSource extends DataFileSource {
 *   public JilinSource() {
 *     super("policy-jilin");
 *   }
 * }
 * }</pre>
 *
 * <p>The files are not named in Java: the source reads the file names from its index, the
 * class-path resource {@code META-INF/srdi-policy/<name>.index} (one file name per line, in load
 * order), which the module's build writes from every {@code *.yaml} of its {@code
 * META-INF/srdi-policy/} folder (see {@link DocumentFiles#main(String[])}). Adding a file to that
 * folder adds the document.
 *
 * <p>The files are read once per class, on first use, with the class loader of the subclass (each
 * from its compact form {@code x.yaml.tree} when the build made one from the same text), and
 * checked for the errors of {@link Lint#checkFile(DocumentFile)}: a file with an authoring error is
 * rejected. Thread-safe.
 */
public abstract class DataFileSource implements PolicySource {
  /** The folder of the data files and their index on the class path. */
  static final String FOLDER = "META-INF/srdi-policy/";

  /** The suffix of an index: {@code META-INF/srdi-policy/<name>.index}. */
  static final String INDEX_SUFFIX = ".index";

  /**
   * Files already read, per source class and name: the files in a jar do not change, so every
   * instance (one per {@code Catalog.load()}) shares them. A class value does not keep the class
   * loader alive.
   */
  private static final ClassValue<Map<String, List<DocumentFile>>> READ =
      new ClassValue<>() {
        @Override
        protected Map<String, List<DocumentFile>> computeValue(Class<?> type) {
          return new ConcurrentHashMap<>();
        }
      };

  private final String name;

  /**
   * Creates a source whose files are listed in the index {@code META-INF/srdi-policy/<name>.index}.
   *
   * @param name the source name, such as {@code policy-jilin}: the module's artifact id, which
   *     names its index; not null
   */
  protected DataFileSource(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  @Override
  public final String name() {
    return name;
  }

  /**
   * Returns the files as read.
   *
   * @return the files in the order given, never null
   * @throws DataFileException if a file is invalid
   */
  public final List<DocumentFile> files() {
    Map<String, List<DocumentFile>> read = READ.get(getClass());
    List<DocumentFile> files = read.get(name);
    if (files == null) {
      // Not computeIfAbsent with a lambda: on a cold start each lambda costs a class spun at run
      // time. Two threads may both read the files; the first result is kept.
      files = read();
      List<DocumentFile> first = read.putIfAbsent(name, files);
      files = first != null ? first : files;
    }
    return files;
  }

  private List<DocumentFile> read() {
    ClassLoader loader = getClass().getClassLoader();
    return read(loader, name, index(loader, name));
  }

  /**
   * Reads the index of a source: the resource names of its files, in the index's order (the build
   * writes them sorted by file name, so the load order is the same on every machine).
   * Package-private for tests.
   */
  static List<String> index(ClassLoader loader, String name) {
    String index = FOLDER + name + INDEX_SUFFIX;
    String text;
    try (InputStream in = loader.getResourceAsStream(index)) {
      if (in == null) {
        throw new IllegalStateException(
            "Missing index "
                + index
                + " of "
                + name
                + " on the class path (the module's build writes it: mvn process-classes)");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // A plain loop, not split with a regex: the load path stays free of regex and lambdas.
    List<String> out = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(start, end).trim();
      if (!line.isEmpty() && line.charAt(0) != '#') {
        out.add(FOLDER + line);
      }
      start = end + 1;
    }
    return out;
  }

  /** Reads files with a class loader; package-private for tests. */
  static List<DocumentFile> read(ClassLoader loader, String name, List<String> resources) {
    List<DocumentFile> out = new ArrayList<>();
    Map<String, JarFile> jars = new HashMap<>();
    for (String r : resources) {
      URL url = loader.getResource(r);
      if (url == null) {
        throw new IllegalStateException(
            "Missing data file " + r + " of " + name + " on the class path");
      }
      DocumentFile fromJar = readFromJar(r, url, jars);
      if (fromJar != null) {
        out.add(fromJar);
        continue;
      }
      byte[] yaml;
      byte[] compact = null;
      try (InputStream in = url.openStream()) {
        yaml = in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      try (InputStream in = loader.getResourceAsStream(r + CompactTree.SUFFIX)) {
        if (in != null) {
          compact = in.readAllBytes();
        }
      } catch (IOException e) {
        compact = null; // the YAML is read instead
      }
      out.add(DocumentFiles.readChecked(r, yaml, compact));
    }
    return List.copyOf(out);
  }

  /**
   * Reads a file found in a jar from the compact form beside it in the same jar, checked against
   * the YAML's length and CRC-32 in the jar's directory; null if there is no such compact form or
   * it was made from another text (the caller then reads the YAML as usual).
   *
   * <p>Why: a class-loader resource lookup and stream cost about a millisecond each on a cold start
   * (URL parsing and connection objects, all interpreted), and the loader did two per file and read
   * the YAML only to compare it with the compact form. Now one lookup per file finds the YAML (so
   * the class path decides which copy is read, as before) and the rest are reads from the jar.
   */
  private static DocumentFile readFromJar(String r, URL url, Map<String, JarFile> jars) {
    Node root = compactFromJar(r, url, jars);
    return root == null ? null : DocumentFiles.readChecked(r, root);
  }

  /** The compact form of a file found in a jar, if it is there and current; else null. */
  static Node compactFromJar(String r, URL url, Map<String, JarFile> jars) {
    if (!"jar".equals(url.getProtocol())) {
      return null;
    }
    try {
      String spec = url.toString();
      int bang = spec.indexOf("!/");
      // Only a plain "jar:<file>!/<entry>" URL naming this entry; anything else (nested jars, a
      // versioned entry of a multi-release jar) takes the usual path.
      if (bang < 0 || !spec.substring(bang + 2).equals(r)) {
        return null;
      }
      String jarUrl = spec.substring(0, bang);
      JarFile jar = jars.get(jarUrl);
      if (jar == null) {
        // The connection's jar file is the one the URL handler caches and shares: not closed.
        jar = ((JarURLConnection) url.openConnection()).getJarFile();
        jars.put(jarUrl, jar);
      }
      ZipEntry yaml = jar.getEntry(r);
      ZipEntry tree = jar.getEntry(r + CompactTree.SUFFIX);
      if (yaml == null || tree == null || yaml.getSize() < 0 || yaml.getCrc() < 0) {
        return null;
      }
      byte[] compact;
      try (InputStream in = jar.getInputStream(tree)) {
        compact = in.readAllBytes();
      }
      return CompactTree.read(compact, yaml.getSize(), yaml.getCrc());
    } catch (IOException | RuntimeException e) {
      return null; // read as usual, from the YAML through the class loader
    }
  }

  @Override
  public final List<Jurisdiction> jurisdictions() {
    List<Jurisdiction> out = new ArrayList<>();
    for (DocumentFile f : files()) {
      out.addAll(f.jurisdictions());
    }
    return List.copyOf(out);
  }

  @Override
  public final List<Indicator> indicators() {
    List<Indicator> out = new ArrayList<>();
    for (DocumentFile f : files()) {
      out.addAll(f.indicators());
    }
    return List.copyOf(out);
  }

  @Override
  public final List<PolicyDocument> documents() {
    List<PolicyDocument> out = new ArrayList<>();
    for (DocumentFile f : files()) {
      out.add(f.document());
    }
    return List.copyOf(out);
  }
}
