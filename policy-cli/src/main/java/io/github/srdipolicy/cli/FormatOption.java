package io.github.srdipolicy.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --format text|json|csv} option, the same name and values on every command that prints
 * facts: text for reading, JSON (through {@code PolicyJson}) for programs, CSV with one fact per
 * row for researchers.
 */
final class FormatOption {
  /** The output formats. */
  enum Format {
    TEXT,
    JSON,
    CSV
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json or csv (one fact per row); default ${DEFAULT-VALUE}.")
  Format format = Format.TEXT;

  /** The chosen format. */
  Format get() {
    return format;
  }
}
