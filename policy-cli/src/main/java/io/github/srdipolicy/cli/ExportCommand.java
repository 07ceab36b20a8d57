package io.github.srdipolicy.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.dmn.DmnModel;
import io.github.srdipolicy.json.PolicyJson;
import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.PolicyDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code policy export}: the whole catalogue as one JSON document, in a stable order so that the
 * exports of two releases diff line by line.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    header = "Export the whole catalogue as JSON, or its criteria as DMN.",
    description = {
      "Writes the whole catalogue as JSON: sources, jurisdictions, indicators and documents sorted by id.",
      "The JSON Schemas of the command line's outputs come with it.",
      "With --format dmn: every criteria as a DMN 1.4 model (one boolean decision each; null = undetermined)."
    })
final class ExportCommand implements Callable<Integer> {
  /** The JSON Schemas shipped in the jar, exported alongside the data. */
  static final List<String> SCHEMAS = List.of("match-report.schema.json");

  /** Version of the export's layout, raised when the layout (not the data) changes. */
  static final int FORMAT_VERSION = 1;

  @ParentCommand PolicyCommand parent;

  @Spec CommandSpec spec;

  /** Output formats. */
  enum Format {
    JSON,
    DMN
  }

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to this file instead of standard output.")
  Path out;

  @Option(names = "--format", paramLabel = "FORMAT", description = "json (default) or dmn.")
  Format format = Format.JSON;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = PolicyCommand.DateConverter.class,
      description =
          "With --format dmn: only the criteria of documents in force on this date (YYYY-MM-DD).")
  LocalDate asOf;

  @Override
  public Integer call() throws IOException {
    if (asOf != null && format != Format.DMN) {
      throw new UserException("--as-of applies to --format dmn only");
    }
    String json =
        format == Format.DMN
            ? DmnModel.of(parent.catalog(), Optional.ofNullable(asOf)).xml()
            : export(parent.catalog());
    if (out == null) {
      spec.commandLine().getOut().print(json);
      CheckedOutput.verify(spec.commandLine().getOut());
      return 0;
    }
    // Through a temporary file moved into place: a failed write never leaves a truncated export.
    CheckedOutput.writeFile(out, json);
    return 0;
  }

  static String export(Catalog catalog) throws JsonProcessingException {
    ObjectMapper json = PolicyJson.mapper();
    ObjectNode root = json.createObjectNode();
    root.put("format", "srdi-policy-catalog");
    root.put("formatVersion", FORMAT_VERSION);
    ArrayNode sources = root.putArray("sources");
    catalog.sourceNames().stream().sorted().forEach(sources::add);
    root.set("jurisdictions", json.valueToTree(catalog.jurisdictions()));
    root.set(
        "indicators",
        json.valueToTree(
            catalog.indicators().all().stream()
                .sorted(Comparator.comparing(Indicator::id))
                .toList()));
    root.set(
        "documents",
        json.valueToTree(
            catalog.documents().stream()
                .sorted(Comparator.comparing(PolicyDocument::id))
                .toList()));
    ObjectNode schemas = root.putObject("schemas");
    // The core's schemas of the input profile and of one explained report, then the CLI's own.
    schemas.set(
        "enterprise-profile.schema.json",
        json.readTree(io.github.srdipolicy.json.PolicyJson.profileSchema()));
    schemas.set(
        "eligibility-report.schema.json",
        json.readTree(io.github.srdipolicy.json.PolicyJson.reportSchema()));
    for (String name : SCHEMAS) {
      schemas.set(name, json.readTree(schema(name)));
    }
    return json.writeValueAsString(root) + "\n";
  }

  static String schema(String name) {
    try (InputStream in = ExportCommand.class.getResourceAsStream("/schema/" + name)) {
      if (in == null) {
        throw new IllegalStateException("Schema missing from the jar: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
