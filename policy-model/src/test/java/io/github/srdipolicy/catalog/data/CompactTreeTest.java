package io.github.srdipolicy.catalog.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compact form the build writes beside each data file, and the loader's use of it. */
class CompactTreeTest {
  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Writes the compact form as the build does, with DocumentFiles.main over a folder. */
  private static byte[] compactOf(Path dir, String yaml) throws Exception {
    Path file = dir.resolve("test.yaml");
    Files.write(file, utf8(yaml));
    DocumentFiles.main(new String[] {dir.toString()});
    return Files.readAllBytes(dir.resolve("test.yaml" + CompactTree.SUFFIX));
  }

  @Test
  void compactForm_givesTheSameFileAsTheYaml(@TempDir Path dir) throws Exception {
    byte[] yaml = utf8(DocumentFilesTest.GOOD);
    byte[] compact = compactOf(dir, DocumentFilesTest.GOOD);
    assertNotNull(CompactTree.read(compact, yaml));
    DocumentFile fromYaml = DocumentFiles.readChecked("test.yaml", new ByteArrayInputStream(yaml));
    DocumentFile fromCompact = DocumentFiles.readChecked("test.yaml", yaml, compact);
    assertEquals(fromYaml, fromCompact);
    assertEquals(30, fromCompact.lineOf("example.pool.revenue"));
    assertEquals(19, fromCompact.columnOf("example.pool.revenue"));
  }

  @Test
  void staleCompactForm_isIgnored_andTheYamlRead(@TempDir Path dir) throws Exception {
    byte[] compact = compactOf(dir, DocumentFilesTest.GOOD);
    String changed = DocumentFilesTest.GOOD.replace("at-least: 2000万元", "at-least: 3000万元");
    assertNull(CompactTree.read(compact, utf8(changed)));
    DocumentFile f = DocumentFiles.readChecked("test.yaml", utf8(changed), compact);
    assertTrue(
        f.document().criteria().get(0).toString().contains("3000"),
        f.document().criteria().get(0).toString());
    // A damaged compact form is ignored too.
    byte[] cut = Arrays.copyOf(compact, compact.length - 3);
    assertNull(CompactTree.read(cut, utf8(DocumentFilesTest.GOOD)));
    assertEquals(
        DocumentFiles.readChecked(
            "test.yaml", new ByteArrayInputStream(utf8(DocumentFilesTest.GOOD))),
        DocumentFiles.readChecked("test.yaml", utf8(DocumentFilesTest.GOOD), cut));
  }

  @Test
  void errorsFromTheCompactForm_nameTheSamePlaces(@TempDir Path dir) throws Exception {
    String broken = DocumentFilesTest.GOOD.replace("kind: GENERAL", "kind: GENERIC");
    byte[] compact = compactOf(dir, broken);
    DataFileException fromYaml =
        assertThrows(
            DataFileException.class,
            () -> DocumentFiles.readChecked("test.yaml", new ByteArrayInputStream(utf8(broken))));
    DataFileException fromCompact =
        assertThrows(
            DataFileException.class,
            () -> DocumentFiles.readChecked("test.yaml", utf8(broken), compact));
    assertEquals(fromYaml.getMessage(), fromCompact.getMessage());
    assertTrue(fromCompact.getMessage().startsWith("test.yaml:22:"), fromCompact.getMessage());
  }

  @Test
  void unparsableFile_getsNoCompactForm(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("test.yaml");
    Files.write(
        file,
        utf8(
            DocumentFilesTest.GOOD.replace(
                "jurisdiction: CN", "jurisdiction: CN\njurisdiction: CN")));
    Files.write(dir.resolve("test.yaml" + CompactTree.SUFFIX), new byte[] {1, 2, 3});
    DocumentFiles.main(new String[] {dir.toString()});
    assertTrue(Files.notExists(dir.resolve("test.yaml" + CompactTree.SUFFIX)));
  }
}
