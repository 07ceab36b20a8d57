package io.github.srdipolicy.catalog.data;

import io.github.srdipolicy.catalog.PolicySource;
import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.PolicyDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link PolicySource} whose documents are data files on the class path.
 *
 * <p>A region module subclasses it with a public no-argument constructor naming the source and its
 * files, and registers the subclass in {@code
 * META-INF/services/io.github.srdipolicy.catalog.PolicySource}:
 *
 * <pre>{@code
 * public final class JilinSource extends DataFileSource {
 *   public JilinSource() {
 *     super("policy-jilin", "META-INF/srdi-policy/jilin-2022.yaml", "META-INF/srdi-policy/jiaohe-2022.yaml");
 *   }
 * }
 * }</pre>
 *
 * <p>The files are read once per class, on first use, with the class loader of the subclass (each
 * from its compact form {@code x.yaml.tree} when the build made one from the same text, see {@link
 * DocumentFiles#main(String[])}), and checked for the errors of {@link
 * Lint#checkFile(DocumentFile)}: a file with an authoring error is rejected. Thread-safe.
 */
public abstract class DataFileSource implements PolicySource {
  /**
   * Files already read, per source class and resource list: the files in a jar do not change, so
   * every instance (one per {@code Catalog.load()}) shares them. A class value does not keep the
   * class loader alive.
   */
  private static final ClassValue<Map<List<String>, List<DocumentFile>>> READ =
      new ClassValue<>() {
        @Override
        protected Map<List<String>, List<DocumentFile>> computeValue(Class<?> type) {
          return new ConcurrentHashMap<>();
        }
      };

  private final String name;
  private final List<String> resources;

  /**
   * Creates a source.
   *
   * @param name the source name for messages, such as {@code policy-jilin}, not null
   * @param resources the class-path resource names of the files, in document order, not null
   */
  protected DataFileSource(String name, String... resources) {
    this.name = Objects.requireNonNull(name, "name");
    this.resources = List.of(resources);
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
    Map<List<String>, List<DocumentFile>> read = READ.get(getClass());
    List<DocumentFile> files = read.get(resources);
    if (files == null) {
      // Not computeIfAbsent with a lambda: on a cold start each lambda costs a class spun at run
      // time. Two threads may both read the files; the first result is kept.
      files = read();
      List<DocumentFile> first = read.putIfAbsent(resources, files);
      files = first != null ? first : files;
    }
    return files;
  }

  private List<DocumentFile> read() {
    List<DocumentFile> out = new ArrayList<>();
    ClassLoader loader = getClass().getClassLoader();
    for (String r : resources) {
      byte[] yaml;
      byte[] compact = null;
      try (InputStream in = loader.getResourceAsStream(r)) {
        if (in == null) {
          throw new IllegalStateException(
              "Missing data file " + r + " of " + name + " on the class path");
        }
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
