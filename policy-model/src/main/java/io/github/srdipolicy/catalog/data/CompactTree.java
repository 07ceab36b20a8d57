package io.github.srdipolicy.catalog.data;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * A data file's tree, as parsed from its YAML, in a compact binary form made at build time: the
 * same {@link Node}s with the same lines and columns, read without a YAML parser (SnakeYAML,
 * interpreted on a cold start, was half of a cold catalogue load once databind was gone).
 *
 * <p>The form starts with the length and CRC-32 of the YAML text it was made from; the loader uses
 * it only when they match the YAML beside it, so a stale or missing compact form costs time, never
 * correctness. Format: {@code "SRDT"}, version, YAML length, CRC-32, then each node as its kind,
 * line and column and its text, fields (count, then key and node) or items.
 */
final class CompactTree {
  /** The resource name suffix: {@code x.yaml} has its compact form in {@code x.yaml.tree}. */
  static final String SUFFIX = ".tree";

  private static final byte[] MAGIC = {'S', 'R', 'D', 'T', 1};
  private static final Node.Kind[] KINDS = Node.Kind.values();

  private final byte[] in;
  private int pos;

  private CompactTree(byte[] in, int pos) {
    this.in = in;
    this.pos = pos;
  }

  /** Writes the compact form of a tree parsed from the given YAML text. */
  static byte[] write(Node root, byte[] yaml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(yaml.length);
    out.write(MAGIC, 0, MAGIC.length);
    int32(out, yaml.length);
    int32(out, crc(yaml));
    node(out, root);
    return out.toByteArray();
  }

  /**
   * Reads a compact form; null if it was not made from exactly this YAML text (or is not a compact
   * form of this version).
   */
  static Node read(byte[] compact, byte[] yaml) {
    return read(compact, yaml.length, crc(yaml) & 0xFFFFFFFFL);
  }

  /**
   * Reads a compact form; null if it was not made from a YAML text of this length and CRC-32 (a
   * jar's directory holds both for each entry, so the YAML need not be read), or is not a compact
   * form of this version.
   */
  static Node read(byte[] compact, long yamlLength, long yamlCrc) {
    if (compact.length < MAGIC.length + 8) {
      return null;
    }
    for (int i = 0; i < MAGIC.length; i++) {
      if (compact[i] != MAGIC[i]) {
        return null;
      }
    }
    CompactTree r = new CompactTree(compact, MAGIC.length);
    if (r.int32() != yamlLength || (r.int32() & 0xFFFFFFFFL) != yamlCrc) {
      return null;
    }
    try {
      Node root = r.node();
      return r.pos == compact.length ? root : null;
    } catch (RuntimeException e) {
      return null; // truncated or corrupt: read the YAML instead
    }
  }

  private static int crc(byte[] yaml) {
    CRC32 crc = new CRC32();
    crc.update(yaml, 0, yaml.length);
    return (int) crc.getValue();
  }

  private static void node(ByteArrayOutputStream out, Node n) {
    out.write(n.kind.ordinal());
    varint(out, n.line);
    varint(out, n.column);
    switch (n.kind) {
      case MAP:
        varint(out, n.fields.size());
        for (Map.Entry<String, Node> e : n.fields.entrySet()) {
          string(out, e.getKey());
          node(out, e.getValue());
        }
        break;
      case LIST:
        varint(out, n.items.size());
        for (Node x : n.items) {
          node(out, x);
        }
        break;
      case NULL:
        break;
      default:
        string(out, n.text);
    }
  }

  private Node node() {
    Node.Kind kind = KINDS[in[pos++]];
    int line = varint();
    int column = varint();
    switch (kind) {
      case MAP:
        {
          Node m = Node.map(line, column);
          for (int i = varint(); i > 0; i--) {
            String key = string();
            m.fields.put(key, node());
          }
          return m;
        }
      case LIST:
        {
          Node l = Node.list(line, column);
          for (int i = varint(); i > 0; i--) {
            l.items.add(node());
          }
          return l;
        }
      case NULL:
        return Node.scalar(kind, line, column, null);
      default:
        return Node.scalar(kind, line, column, string());
    }
  }

  private static void string(ByteArrayOutputStream out, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    varint(out, b.length);
    out.write(b, 0, b.length);
  }

  private String string() {
    int n = varint();
    String s = new String(in, pos, n, StandardCharsets.UTF_8);
    pos += n;
    return s;
  }

  private static void varint(ByteArrayOutputStream out, int v) {
    while ((v & ~0x7F) != 0) {
      out.write((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.write(v);
  }

  private int varint() {
    int v = 0;
    for (int shift = 0; ; shift += 7) {
      byte b = in[pos++];
      v |= (b & 0x7F) << shift;
      if (b >= 0) {
        return v;
      }
    }
  }

  private static void int32(ByteArrayOutputStream out, int v) {
    out.write(v >>> 24);
    out.write(v >>> 16);
    out.write(v >>> 8);
    out.write(v);
  }

  private int int32() {
    int v =
        ((in[pos] & 0xFF) << 24)
            | ((in[pos + 1] & 0xFF) << 16)
            | ((in[pos + 2] & 0xFF) << 8)
            | (in[pos + 3] & 0xFF);
    pos += 4;
    return v;
  }
}
