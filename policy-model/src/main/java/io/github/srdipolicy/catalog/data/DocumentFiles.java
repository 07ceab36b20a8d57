package io.github.srdipolicy.catalog.data;

import io.github.srdipolicy.model.Confidence;
import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.Operator;
import io.github.srdipolicy.model.PolicyDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads policy data files (see the {@linkplain io.github.srdipolicy.catalog.data package
 * description} for the format) into the immutable model.
 *
 * <p>Every error is a {@link DataFileException} naming the file, line, column and field and saying
 * what was expected. Thread-safe.
 */
public final class DocumentFiles {
  /** Fields whose value is an amount with its unit. */
  private static final Set<String> AMOUNT_FIELDS =
      Set.of("threshold", "value", "upper", "lower", "quantity", "amount", "cap");

  /** Fields that together stand for a nested source reference. */
  private static final Set<String> SOURCE_FIELDS =
      Set.of("clause", "confidence", "provenance", "sourceDocument");

  private DocumentFiles() {}

  /**
   * Reads a data file.
   *
   * @param path the file, not null
   * @return the document with the indicators and jurisdictions it introduces, never null
   * @throws DataFileException naming the file, line, column and field if the file is invalid
   * @throws UncheckedIOException if the file cannot be read
   */
  public static DocumentFile read(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return read(path.toString(), in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a data file from a stream.
   *
   * @param file the file name for messages, not null
   * @param in the UTF-8 YAML text, not null; not closed
   * @return the document with the indicators and jurisdictions it introduces, never null
   * @throws DataFileException naming the file, line, column and field if the file is invalid
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static DocumentFile read(String file, InputStream in) {
    return parse(file, in).file();
  }

  /**
   * Reads a data file and rejects it if {@link Lint#checkFile(DocumentFile)} would find an error,
   * as the loader does.
   *
   * @param file the file name for messages, not null
   * @param in the UTF-8 YAML text, not null; not closed
   * @return the document with the indicators and jurisdictions it introduces, never null
   * @throws DataFileException if the file is invalid or has an authoring error
   */
  static DocumentFile readChecked(String file, InputStream in) {
    return checked(parse(file, in));
  }

  /**
   * Reads a data file as the loader does, from its compact form if that was made from exactly this
   * YAML text, else from the YAML, and rejects it as {@link #readChecked(String, InputStream)}
   * does.
   *
   * @param file the file name for messages, not null
   * @param yaml the UTF-8 YAML text, not null
   * @param compact the file's compact form ({@link CompactTree}), or null if there is none
   * @return the document with the indicators and jurisdictions it introduces, never null
   * @throws DataFileException if the file is invalid or has an authoring error
   */
  static DocumentFile readChecked(String file, byte[] yaml, byte[] compact) {
    Node root = compact == null ? null : CompactTree.read(compact, yaml);
    if (root == null) {
      return readChecked(file, new java.io.ByteArrayInputStream(yaml));
    }
    return readChecked(file, root);
  }

  /**
   * Reads a data file from the tree of its compact form, and rejects it as {@link
   * #readChecked(String, InputStream)} does.
   */
  static DocumentFile readChecked(String file, Node root) {
    LocatedTree tree = new LocatedTree(file);
    if (!root.isMap()) {
      throw tree.error(root, null, "expected a mapping holding a policy document");
    }
    return checked(new Reader(tree).document(root));
  }

  private static DocumentFile checked(Parsed parsed) {
    List<Lint.Finding> errors = Lint.loadErrors(parsed.file(), parsed.written());
    if (!errors.isEmpty()) {
      throw new DataFileException(
          parsed.file().file(),
          errors.get(0).line(),
          errors.get(0).column(),
          errors.size()
              + " authoring error(s):\n  "
              + errors.stream()
                  .map(Lint.Finding::toString)
                  .collect(java.util.stream.Collectors.joining("\n  ")),
          null);
    }
    return parsed.file();
  }

  /**
   * Writes the compact form of every data file in the given folders ({@code x.yaml} gets {@code
   * x.yaml.tree} beside it), which the loader reads instead of parsing the YAML when it was made
   * from the same text, and, when the arguments start with {@code --index NAME}, the index {@code
   * NAME.index} in each folder: the names of its {@code *.yaml} files, one a line (those its
   * optional {@code load-order} file names first, in that order, then the others sorted), which
   * {@link DataFileSource} reads to know its files. Run by the region modules' builds on their
   * compiled resources (with the module's artifact id as the name); a file that cannot be parsed
   * gets no compact form (the loader then reports its error as usual) but is still indexed.
   *
   * @param args {@code [--index NAME] FOLDER...}, the folders holding data files, such as {@code
   *     target/classes/META-INF/srdi-policy}
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    String index = null;
    int first = 0;
    if (args.length >= 2 && "--index".equals(args[0])) {
      index = args[1];
      first = 2;
    }
    for (int i = first; i < args.length; i++) {
      Path dir = Path.of(args[i]);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      List<Path> yamls;
      try (java.util.stream.Stream<Path> s = Files.list(dir)) {
        yamls = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
      }
      StringBuilder names = new StringBuilder();
      for (String n : loadOrder(dir, yamls)) {
        names.append(n).append('\n');
      }
      for (Path yamlFile : yamls) {
        Path out = yamlFile.resolveSibling(yamlFile.getFileName() + CompactTree.SUFFIX);
        byte[] yaml = Files.readAllBytes(yamlFile);
        try {
          Files.write(
              out,
              CompactTree.write(
                  tree(yamlFile.toString(), new java.io.ByteArrayInputStream(yaml)), yaml));
        } catch (DataFileException e) {
          Files.deleteIfExists(out);
          System.err.println("No compact form for " + e.getMessage());
        }
      }
      if (index != null) {
        Files.writeString(
            dir.resolve(index + DataFileSource.INDEX_SUFFIX),
            names.toString(),
            StandardCharsets.UTF_8);
      }
    }
  }

  /** The optional file of a data folder naming the files to load first, in order. */
  static final String LOAD_ORDER = "load-order";

  /**
   * The order of a folder's index: the files its {@code load-order} names (one a line, {@code #}
   * comments), in that order, then every other {@code *.yaml} sorted by name. A module keeps a
   * {@code load-order} only where the order its catalogue was built in matters (the export compared
   * byte for byte); a new file needs no entry.
   */
  private static List<String> loadOrder(Path dir, List<Path> yamls) throws IOException {
    List<String> all = new ArrayList<>();
    for (Path y : yamls) {
      all.add(y.getFileName().toString());
    }
    List<String> out = new ArrayList<>();
    Path order = dir.resolve(LOAD_ORDER);
    if (Files.isRegularFile(order)) {
      for (String line : Files.readAllLines(order, StandardCharsets.UTF_8)) {
        String n = line.trim();
        if (n.isEmpty() || n.startsWith("#")) {
          continue;
        }
        if (!all.contains(n) || out.contains(n)) {
          throw new IllegalArgumentException(
              order + ": " + n + (out.contains(n) ? " is listed twice" : " is not a *.yaml here"));
        }
        out.add(n);
      }
    }
    for (String n : all) {
      if (!out.contains(n)) {
        out.add(n);
      }
    }
    return out;
  }

  /** A file as read, with the tree its document was built from (the model's form, as written). */
  private record Parsed(DocumentFile file, Node written) {}

  private static Parsed parse(String file, InputStream in) {
    return new Reader(new LocatedTree(file)).document(tree(file, in));
  }

  /** Parses the YAML into the loader's tree; the root is a mapping. */
  private static Node tree(String file, InputStream in) {
    Node root = new LocatedTree(file).parse(in);
    if (!root.isMap()) {
      throw new LocatedTree(file).error(root, null, "expected a mapping holding a policy document");
    }
    return root;
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the data file format, for editors and checks.
   *
   * @return the schema text, never null
   */
  public static String schema() {
    try (InputStream in = DocumentFiles.class.getResourceAsStream("policy-document.schema.json")) {
      if (in == null) {
        throw new IllegalStateException(
            "Missing resource policy-document.schema.json in the policy-model jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Rewrites the readable form into the model's own form (the JSON form of the model), one file,
   * and has {@link ModelReader} build the model from it.
   */
  private static final class Reader {
    private final LocatedTree tree;
    private final ModelReader model;
    private final Map<String, Integer> lines = new LinkedHashMap<>();
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private String documentId;
    private String confidence;
    private final Map<String, String> provenance = new LinkedHashMap<>();

    Reader(LocatedTree tree) {
      this.tree = tree;
      this.model = new ModelReader(tree);
    }

    Parsed document(Node root) {
      documentId = root.string("id");
      if (documentId == null) {
        throw tree.error(root, "id", "expected the document number (文号) as text");
      }
      Node c = root.get("confidence");
      confidence = c == null || !c.isScalar() ? Confidence.SEED.name() : c.text;
      Node defaults = root.get("defaults");
      if (defaults != null) {
        if (!defaults.isMap()) {
          throw tree.error(root, "defaults", "expected a mapping with 'provenance'");
        }
        for (String name : defaults.fields.keySet()) {
          if (!name.equals("provenance")) {
            throw tree.error(defaults, name, "unknown default; expected 'provenance'");
          }
        }
        Node p = defaults.get("provenance");
        if (p != null && p.isMap()) {
          for (Map.Entry<String, Node> e : p.fields.entrySet()) {
            provenance.put(e.getKey(), e.getValue().isScalar() ? e.getValue().text : "");
          }
        }
      }
      List<Indicator> indicators = new ArrayList<>();
      List<Jurisdiction> jurisdictions = new ArrayList<>();
      List<String> declarations = new ArrayList<>();
      Node out = Node.mapAt(root);
      for (Map.Entry<String, Node> e : root.fields.entrySet()) {
        switch (e.getKey()) {
          case "defaults":
            break;
          case "indicators":
            for (Node n : list(root, "indicators")) {
              indicators.add(model.indicator(rewrite(n, null)));
            }
            break;
          case "jurisdictions":
            for (Node n : list(root, "jurisdictions")) {
              jurisdictions.add(model.jurisdiction(rewrite(n, null)));
            }
            break;
          case "declarations":
            for (Node n : list(root, "declarations")) {
              if (!n.isScalar() || n.text.isEmpty()) {
                throw tree.error(
                    n, null, "expected a declaration key, such as well-managed, one per item");
              }
              if (declarations.contains(n.text)) {
                throw tree.error(n, null, "declaration " + n.text + " is listed twice");
              }
              declarations.add(n.text);
              lines.putIfAbsent("declaration ".concat(n.text), n.line);
              columns.putIfAbsent("declaration ".concat(n.text), n.column);
            }
            break;
          default:
            out.fields.put(e.getKey(), rewrite(e.getValue(), null));
        }
      }
      PolicyDocument document = model.document(out);
      return new Parsed(
          new DocumentFile(
              tree.file(), document, indicators, jurisdictions, declarations, lines, columns),
          out);
    }

    private List<Node> list(Node o, String field) {
      Node n = o.get(field);
      if (!n.isList()) {
        throw tree.error(o, field, "expected a list");
      }
      return n.items;
    }

    private Node rewrite(Node n, String parentId) {
      if (n.isMap()) {
        return object(n, parentId);
      }
      if (n.isList()) {
        Node a = Node.listAt(n);
        for (Node x : n.items) {
          a.items.add(rewrite(x, parentId));
        }
        return a;
      }
      return n;
    }

    private Node object(Node in, String parentId) {
      Node out = Node.mapAt(in);
      String id = parentId;
      String written = in.string("id");
      if (written != null) {
        id = written;
        if (id.startsWith(".")) {
          if (parentId == null) {
            throw tree.error(
                in,
                "id",
                "an id starting with '.' continues the id of the fact it is nested in, "
                    + "but '"
                    + id
                    + "' is not nested in a fact");
          }
          id = parentId.concat(id);
        }
        lines.putIfAbsent(id, in.get("id").line);
        columns.putIfAbsent(id, in.get("id").column);
      }
      String path = in.string("path");
      if (path != null && in.has("status")) {
        lines.putIfAbsent("clause ".concat(path), in.get("path").line);
        columns.putIfAbsent("clause ".concat(path), in.get("path").column);
      }
      // A source reference written out in full (as in alsoListedIn) names its document.
      boolean sourceFields = in.has("clause") && !in.has("document");
      String operatorWord = null;
      for (Map.Entry<String, Node> e : in.fields.entrySet()) {
        String k = e.getKey();
        Node v = e.getValue();
        if (k.equals("id") && v.isString()) {
          out.fields.put("id", id == written ? v : Node.string(v, id));
        } else if (sourceFields && SOURCE_FIELDS.contains(k)) {
          continue;
        } else if (k.equals("status") && in.has("indicator")) {
          out.fields.put("type", Node.string(v, "status"));
          out.fields.put(
              "required",
              Node.scalar(
                  Node.Kind.BOOLEAN, v.line, v.column, Boolean.toString(statusValue(in, v))));
        } else if (Notation.operator(k).isPresent()) {
          if (operatorWord != null) {
            throw tree.error(
                in, k, "a comparison has one operator, but '" + operatorWord + "' is also given");
          }
          operatorWord = k;
        } else if (AMOUNT_FIELDS.contains(k) && v.isString() && !in.has("unit")) {
          out.fields.put(k, amount(in, k, v));
        } else {
          out.fields.put(k, rewrite(v, id));
        }
      }
      if (sourceFields) {
        if (in.has("source")) {
          throw tree.error(in, "clause", "give either 'clause' or 'source', not both");
        }
        out.fields.put("source", source(in));
      }
      if (operatorWord != null && in.has("status") && in.has("indicator")) {
        throw tree.error(
            in,
            operatorWord,
            "a yes/no fact is tested with 'status' alone; remove '" + operatorWord + "'");
      }
      if (operatorWord != null) {
        Operator op = Notation.operator(operatorWord).orElseThrow();
        if (!in.has("indicator") && !in.has("indicators")) {
          throw tree.error(
              in, operatorWord, "a comparison needs 'indicator' (or 'indicators' for a sum)");
        }
        Node bound = in.get(operatorWord);
        out.fields.put("type", Node.string(bound, in.has("indicators") ? "sum" : "comparison"));
        out.fields.put("operator", Node.string(bound, op.name()));
        if (!bound.isString()) {
          throw tree.error(
              in, operatorWord, "expected an amount with its unit (" + Notation.unitWords() + ")");
        }
        out.fields.put("threshold", amount(in, operatorWord, bound));
      }
      return out;
    }

    /** The value of a status test: {@code yes} or {@code no} (YAML 1.1 reads them as booleans). */
    private boolean statusValue(Node in, Node v) {
      if (v.kind == Node.Kind.BOOLEAN) {
        return v.text.equals("true");
      }
      if (v.isString() && (v.text.equals("yes") || v.text.equals("no"))) {
        return v.text.equals("yes");
      }
      throw tree.error(
          in,
          "status",
          "expected yes or no (the value the yes/no indicator must have), but found "
              + v.describe());
    }

    /**
     * The source reference that 'clause' (with 'confidence', 'provenance', 'sourceDocument') stands
     * for.
     */
    private Node source(Node in) {
      Node clause = in.get("clause");
      if (!clause.isString() || clause.text.isBlank()) {
        throw tree.error(in, "clause", "expected the clause path as text, such as 三、(一)2");
      }
      Node s = Node.mapAt(clause);
      Node document = in.get("sourceDocument");
      s.fields.put(
          "document",
          document != null && document.isScalar() ? document : Node.string(clause, documentId));
      s.fields.put("clause", clause);
      Node c = in.get("confidence");
      String level = c != null && c.isScalar() ? c.text : confidence;
      s.fields.put("confidence", c != null ? c : Node.string(clause, confidence));
      Node p = in.get("provenance");
      if (p == null) {
        String v = provenance.get(level);
        if (v != null) {
          s.fields.put("provenance", Node.string(clause, v));
        }
      } else if (!p.isNull()) {
        s.fields.put("provenance", p);
      }
      return s;
    }

    private Node amount(Node in, String field, Node value) {
      Notation.Amount a = Notation.parseAmount(value.text).orElse(null);
      if (a == null) {
        throw tree.error(
            in,
            field,
            "expected an amount with its unit, such as 2000万元, 40% or 3 level (units: "
                + Notation.unitWords()
                + "), but found '"
                + value.text
                + "'");
      }
      Node q = Node.mapAt(value);
      q.fields.put("amount", Node.string(value, a.amount()));
      q.fields.put("unit", Node.string(value, a.unit().name()));
      return q;
    }
  }
}
