package io.github.srdipolicy.catalog.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A source's files come from the index its module's build writes, not from Java (issue #11: a new
 * document can be added without writing Java).
 */
class DataFileSourceIndexTest {

  /** A class-path folder holding data files, indexed as the region modules' builds do. */
  private static Path classes(Path dir, String... yamlNames) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("META-INF/srdi-policy"));
    for (String n : yamlNames) {
      Files.writeString(folder.resolve(n), DocumentFilesTest.GOOD, StandardCharsets.UTF_8);
    }
    Files.writeString(folder.resolve("notes.txt"), "not a data file", StandardCharsets.UTF_8);
    DocumentFiles.main(new String[] {"--index", "policy-test", folder.toString()});
    return dir;
  }

  @Test
  void aFileDroppedInTheFolder_isIndexedAndLoaded(@TempDir Path dir) throws Exception {
    Path classes = classes(dir, "new-document.yaml");
    assertEquals(
        "new-document.yaml\n",
        Files.readString(classes.resolve("META-INF/srdi-policy/policy-test.index")));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
      List<String> index = DataFileSource.index(loader, "policy-test");
      assertEquals(List.of("META-INF/srdi-policy/new-document.yaml"), index);
      List<DocumentFile> read = DataFileSource.read(loader, "policy-test", index);
      DocumentFile expected =
          DocumentFiles.readChecked(
              "META-INF/srdi-policy/new-document.yaml",
              new ByteArrayInputStream(DocumentFilesTest.GOOD.getBytes(StandardCharsets.UTF_8)));
      assertEquals(List.of(expected), read);
    }
  }

  @Test
  void theIndexIsSortedByFileName_soTheLoadOrderIsTheSameEverywhere(@TempDir Path dir)
      throws Exception {
    Path classes = classes(dir, "b.yaml", "a.yaml", "c-2.yaml");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
      assertEquals(
          List.of(
              "META-INF/srdi-policy/a.yaml",
              "META-INF/srdi-policy/b.yaml",
              "META-INF/srdi-policy/c-2.yaml"),
          DataFileSource.index(loader, "policy-test"));
    }
  }

  @Test
  void loadOrder_putsItsFilesFirst_andNewFilesFollowSorted(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("META-INF/srdi-policy"));
    Files.writeString(folder.resolve("load-order"), "# kept order\nc.yaml\na.yaml\n");
    Path classes = classes(dir, "a.yaml", "b.yaml", "c.yaml", "0-new.yaml");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
      assertEquals(
          List.of(
              "META-INF/srdi-policy/c.yaml",
              "META-INF/srdi-policy/a.yaml",
              "META-INF/srdi-policy/0-new.yaml",
              "META-INF/srdi-policy/b.yaml"),
          DataFileSource.index(loader, "policy-test"));
    }
  }

  @Test
  void loadOrderNamingAMissingFile_failsTheBuild(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("META-INF/srdi-policy"));
    Files.writeString(folder.resolve("load-order"), "gone.yaml\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> classes(dir, "a.yaml"));
    assertTrue(e.getMessage().contains("gone.yaml"), e.getMessage());
  }

  @Test
  void handWrittenIndex_skipsBlankAndCommentLines(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("META-INF/srdi-policy"));
    Files.writeString(folder.resolve("mine.index"), "# my files\n\nx.yaml\r\n  y.yaml");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
      assertEquals(
          List.of("META-INF/srdi-policy/x.yaml", "META-INF/srdi-policy/y.yaml"),
          DataFileSource.index(loader, "mine"));
    }
  }

  @Test
  void missingIndex_isOneClearError(@TempDir Path dir) throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> DataFileSource.index(loader, "none"));
      assertTrue(e.getMessage().contains("META-INF/srdi-policy/none.index"), e.getMessage());
    }
  }
}
