package io.github.srdipolicy.catalog.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files in a jar are read from the compact form beside them in the same jar, checked against the
 * YAML's length and CRC-32 in the jar's directory (issue #11, cold load); a stale or missing
 * compact form still means the YAML is read.
 */
class DataFileSourceJarTest {
  private static final String NAME = "META-INF/srdi-policy/test.yaml";

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** A jar holding the YAML and, if given, a compact form made (as the build does) from a text. */
  private static Path jar(Path dir, String yaml, String compactOf) throws Exception {
    byte[] compact = null;
    if (compactOf != null) {
      Path build = Files.createDirectories(dir.resolve("build"));
      Files.write(build.resolve("test.yaml"), utf8(compactOf));
      DocumentFiles.main(new String[] {build.toString()});
      compact = Files.readAllBytes(build.resolve("test.yaml" + CompactTree.SUFFIX));
    }
    Path jar = dir.resolve("data.jar");
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream j = new JarOutputStream(out)) {
      j.putNextEntry(new JarEntry(NAME));
      j.write(utf8(yaml));
      j.closeEntry();
      if (compact != null) {
        j.putNextEntry(new JarEntry(NAME + CompactTree.SUFFIX));
        j.write(compact);
        j.closeEntry();
      }
    }
    return jar;
  }

  private static DocumentFile fromYaml(String yaml) {
    return DocumentFiles.readChecked(NAME, new ByteArrayInputStream(utf8(yaml)));
  }

  @Test
  void compactFormInTheJar_isUsed_andGivesTheSameFile(@TempDir Path dir) throws Exception {
    Path jar = jar(dir, DocumentFilesTest.GOOD, DocumentFilesTest.GOOD);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      URL url = loader.getResource(NAME);
      assertNotNull(DataFileSource.compactFromJar(NAME, url, new HashMap<>()));
      List<DocumentFile> read = DataFileSource.read(loader, "test", List.of(NAME));
      assertEquals(List.of(fromYaml(DocumentFilesTest.GOOD)), read);
    }
  }

  @Test
  void staleCompactFormInTheJar_isIgnored(@TempDir Path dir) throws Exception {
    String changed = DocumentFilesTest.GOOD.replace("at-least: 2000万元", "at-least: 3000万元");
    Path jar = jar(dir, changed, DocumentFilesTest.GOOD);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      URL url = loader.getResource(NAME);
      assertNull(DataFileSource.compactFromJar(NAME, url, new HashMap<>()));
      List<DocumentFile> read = DataFileSource.read(loader, "test", List.of(NAME));
      assertEquals(List.of(fromYaml(changed)), read);
      assertTrue(read.get(0).document().criteria().get(0).toString().contains("3000"));
    }
  }

  @Test
  void withoutCompactForm_theYamlIsRead(@TempDir Path dir) throws Exception {
    Path jar = jar(dir, DocumentFilesTest.GOOD, null);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      assertEquals(
          List.of(fromYaml(DocumentFilesTest.GOOD)),
          DataFileSource.read(loader, "test", List.of(NAME)));
    }
  }

  @Test
  void filesInAFolder_areReadAsBefore(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("classes/META-INF/srdi-policy"));
    Files.write(folder.resolve("test.yaml"), utf8(DocumentFilesTest.GOOD));
    DocumentFiles.main(new String[] {folder.toString()});
    URL root = dir.resolve("classes").toUri().toURL();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {root}, null)) {
      assertNull(DataFileSource.compactFromJar(NAME, loader.getResource(NAME), new HashMap<>()));
      assertEquals(
          List.of(fromYaml(DocumentFilesTest.GOOD)),
          DataFileSource.read(loader, "test", List.of(NAME)));
    }
  }
}
