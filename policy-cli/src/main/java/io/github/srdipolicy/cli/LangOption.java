package io.github.srdipolicy.cli;

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

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "both",
      description =
          "Language of names and labels: zh, en or both (default ${DEFAULT-VALUE}); JSON carries both.")
  void lang(Lang lang) {
    Text.lang = lang;
  }
}
