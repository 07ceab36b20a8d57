package io.github.srdipolicy.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schemas shipped in the jar are the generator's output ({@link SchemaGeneration}), byte for
 * byte: after a change of the model, regenerate them with {@code -Dgolden.update=true} and review
 * the diff.
 */
class GeneratedSchemasTest {
  private static final Path DIR = Path.of("src/main/resources/io/github/srdipolicy/json");

  static Stream<Arguments> schemas() {
    return Stream.of(
        Arguments.of(
            "enterprise-profile.schema.json", (Supplier<ObjectNode>) SchemaGeneration::profile),
        Arguments.of(
            "eligibility-report.schema.json", (Supplier<ObjectNode>) SchemaGeneration::report),
        Arguments.of(
            "catalog-export.schema.json", (Supplier<ObjectNode>) SchemaGeneration::catalogExport));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemas")
  void theShippedSchemaIsTheGeneratedOne(String file, Supplier<ObjectNode> generate)
      throws IOException {
    String text = write(generate.get());
    Path path = DIR.resolve(file);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(path, text, StandardCharsets.UTF_8);
      return;
    }
    assertEquals(
        Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "(missing)",
        text,
        file
            + " is not what the generator makes of the model: regenerate with"
            + " -Dgolden.update=true and review the diff");
  }

  /** Two-space indent, one array item a line, {@code "key": value}, a final line feed. */
  static String write(ObjectNode schema) throws IOException {
    DefaultIndenter indent = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    printer.indentArraysWith(indent);
    printer.indentObjectsWith(indent);
    return new ObjectMapper().writer(printer).writeValueAsString(schema) + "\n";
  }
}
