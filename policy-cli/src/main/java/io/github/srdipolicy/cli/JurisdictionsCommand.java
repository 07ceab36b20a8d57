package io.github.srdipolicy.cli;

import io.github.srdipolicy.model.Divisions;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.JurisdictionCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code policy jurisdictions}: finds GB/T 2260 codes by zh name, pinyin or code prefix. */
@Command(name = "jurisdictions", mixinStandardHelpOptions = true,
    header = "Find jurisdiction codes by name (zh or pinyin) or code prefix.",
    description = {"Searches the GB/T 2260 table of mainland China's provinces, prefectures and counties: "
        + "by a part of the zh name (蛟河), by pinyin without tones (jiaohe, huaian) or by the start of a code (2202).",
        "A retired code (such as 220381) shows the code that replaced it."})
final class JurisdictionsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "QUERY", description = "A zh name or part of one, pinyin, or a code prefix.")
  String query;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
      description = "Show at most N matches (default: ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() {
    if (limit < 1) {
      throw new UserException("--limit must be at least 1, not " + limit);
    }
    Divisions divisions = Divisions.standard();
    StringBuilder b = new StringBuilder();
    String q = query.strip();
    if (q.matches("[1-9][0-9]{5}")) {
      Optional<JurisdictionCode> now = divisions.replacement(JurisdictionCode.of(q));
      now.ifPresent(c -> b.append(q).append(" is a retired code, replaced by ").append(c).append('\n'));
    }
    List<Jurisdiction> found = new ArrayList<>(divisions.search(q));
    if (found.isEmpty() && b.length() == 0) {
      b.append("No jurisdiction matches '").append(q).append("'.\n");
    }
    Text.Table t = new Text.Table("Code", "Name", "English", "Level", "Within");
    for (Jurisdiction j : found.subList(0, Math.min(limit, found.size()))) {
      t.row(j.code().toString(), j.name().zh(), j.name().en(), j.level().toString().toLowerCase(Locale.ROOT),
          within(divisions, j));
    }
    if (!t.isEmpty()) {
      b.append(t.render(""));
    }
    if (found.size() > limit) {
      b.append("... and ").append(found.size() - limit).append(" more (use --limit or a longer query)\n");
    }
    spec.commandLine().getOut().print(b);
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** The parents of a division up to its province, nearest first: 吉林市 · 吉林省. */
  private static String within(Divisions divisions, Jurisdiction j) {
    List<String> names = new ArrayList<>();
    Optional<JurisdictionCode> p = j.parent();
    while (p.isPresent() && !p.get().equals(JurisdictionCode.CN)) {
      Jurisdiction parent = divisions.find(p.get()).orElseThrow();
      names.add(parent.name().zh());
      p = parent.parent();
    }
    return names.isEmpty() ? "-" : String.join(" · ", names);
  }
}
