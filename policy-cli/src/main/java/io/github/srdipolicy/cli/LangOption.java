package io.github.srdipolicy.cli;

import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * The {@code --lang zh|en|both} option, mixed into every command that prints names and labels: text
 * and CSV show the chosen language; JSON always carries both.
 */
final class LangOption {
  /** The languages of the output. */
  enum Lang {
    ZH,
    EN,
    BOTH
  }

  private static final String NAME = "--lang";
  private static final String LABEL = "LANG";
  private static final String DEFAULT = "both";
  private static final String DESCRIPTION =
      "Language of names and labels: zh, en or both (default ${DEFAULT-VALUE}); JSON carries both.";

  @Option(names = NAME, paramLabel = LABEL, defaultValue = DEFAULT, description = DESCRIPTION)
  void lang(Lang lang) {
    Text.lang = lang;
  }

  /**
   * The same option for a command whose model is built in code ({@code match}): its value is read
   * from the parsed model into {@link Text#lang} by the command.
   */
  static OptionSpec spec() {
    return OptionSpec.builder(NAME)
        .paramLabel(LABEL)
        .type(Lang.class)
        .defaultValue(DEFAULT)
        .description(DESCRIPTION)
        .build();
  }
}
