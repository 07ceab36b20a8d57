import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Records the API baseline that japicmp checks every later build against: for each library module,
 * {@code api-baseline/<module>.jar} holds the public class files of {@code <module>/target/classes}
 * (package-private classes, resources and data files are left out: they are not API and would only
 * make the baseline heavy). Run it from the repository root after {@code mvn -DskipTests package},
 * when a release fixes the API: {@code java scripts/ApiBaseline.java}. The jars are reproducible
 * (sorted entries, fixed times), so re-recording an unchanged API changes nothing.
 */
public class ApiBaseline {
  static final List<String> MODULES =
      List.of(
          "policy-model",
          "policy-screening",
          "policy-national",
          "policy-jilin",
          "policy-jiangsu",
          "policy-dmn");
  static final FileTime EPOCH = FileTime.fromMillis(0);

  public static void main(String[] args) throws IOException {
    Path out = Path.of("api-baseline");
    Files.createDirectories(out);
    for (String module : MODULES) {
      Path classes = Path.of(module, "target", "classes");
      if (!Files.isDirectory(classes)) {
        throw new IllegalStateException(classes + " is missing: run mvn -DskipTests package first");
      }
      List<Path> files;
      try (Stream<Path> walk = Files.walk(classes)) {
        files =
            walk.filter(p -> p.toString().endsWith(".class"))
                .filter(p -> !p.getFileName().toString().equals("module-info.class"))
                .sorted()
                .toList();
      }
      Path jar = out.resolve(module + ".jar");
      int kept = 0;
      try (OutputStream os = Files.newOutputStream(jar);
          JarOutputStream zip = new JarOutputStream(os)) {
        for (Path p : files) {
          if (!isPublic(p)) {
            continue;
          }
          JarEntry e = new JarEntry(classes.relativize(p).toString().replace('\\', '/'));
          e.setLastModifiedTime(EPOCH);
          zip.putNextEntry(e);
          Files.copy(p, zip);
          zip.closeEntry();
          kept++;
        }
      }
      System.out.println(jar + ": " + kept + " public classes");
    }
  }

  /** Reads the class file's access flags, past its constant pool (JVMS 4.1). */
  static boolean isPublic(Path classFile) throws IOException {
    try (InputStream in = Files.newInputStream(classFile);
        DataInputStream d = new DataInputStream(in)) {
      d.skipBytes(8); // magic, minor, major
      int count = d.readUnsignedShort();
      for (int i = 1; i < count; i++) {
        int tag = d.readUnsignedByte();
        switch (tag) {
          case 1 -> d.skipBytes(d.readUnsignedShort()); // Utf8
          case 3, 4, 9, 10, 11, 12, 17, 18 -> d.skipBytes(4);
          case 5, 6 -> {
            d.skipBytes(8);
            i++; // a long or double takes two entries
          }
          case 7, 8, 16, 19, 20 -> d.skipBytes(2);
          case 15 -> d.skipBytes(3);
          default -> throw new IOException(classFile + ": unknown constant tag " + tag);
        }
      }
      return (d.readUnsignedShort() & 0x0001) != 0;
    }
  }
}
