package io.github.srdipolicy.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.srdipolicy.json.PolicyJson;
import io.github.srdipolicy.model.Divisions;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.JurisdictionCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code policy jurisdictions}: finds GB/T 2260 codes by zh name, pinyin or code prefix. */
@Command(
    name = "jurisdictions",
    mixinStandardHelpOptions = true,
    header = "Find jurisdiction codes by name (zh or pinyin) or code prefix.",
    description = {
      "Searches the GB/T 2260 table of mainland China's provinces, prefectures and counties: "
          + "by a part of the zh name (蛟河), by pinyin without tones (jiaohe, huaian) or by the start of a code (2202).",
      "A retired code (such as 220381) shows the code that replaced it."
    })
final class JurisdictionsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin LangOption lang;

  @Mixin FormatOption format;

  @Parameters(
      index = "0",
      paramLabel = "QUERY",
      description = "A zh name or part of one, pinyin, or a code prefix.")
  String query;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "50",
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
      now.ifPresent(
          c -> b.append(q).append(" is a retired code, replaced by ").append(c).append('\n'));
    }
    List<Jurisdiction> found = new ArrayList<>(divisions.search(q));
    List<Jurisdiction> shown = found.subList(0, Math.min(limit, found.size()));
    if (format.get() != FormatOption.Format.TEXT) {
      spec.commandLine()
          .getOut()
          .print(
              format.get() == FormatOption.Format.CSV
                  ? csv(divisions, shown)
                  : json(divisions, q, shown, found.size()));
      spec.commandLine().getOut().flush();
      return 0;
    }
    if (found.isEmpty() && b.length() == 0) {
      b.append("No jurisdiction matches '").append(q).append("'.\n");
    }
    boolean zh = Text.lang != LangOption.Lang.EN;
    boolean en = Text.lang != LangOption.Lang.ZH;
    Text.Table t =
        zh && en
            ? new Text.Table("Code", "Name", "English", "Level", "Within")
            : new Text.Table("Code", zh ? "Name" : "English", "Level", "Within");
    for (Jurisdiction j : shown) {
      String level = j.level().toString().toLowerCase(Locale.ROOT);
      String within =
          String.join(
              " · ",
              parents(divisions, j).stream()
                  .map(x -> en && !zh ? x.name().en() : x.name().zh())
                  .toList());
      within = within.isEmpty() ? "-" : within;
      if (zh && en) {
        t.row(j.code().toString(), j.name().zh(), j.name().en(), level, within);
      } else {
        t.row(j.code().toString(), zh ? j.name().zh() : j.name().en(), level, within);
      }
    }
    if (!t.isEmpty()) {
      b.append(t.render(""));
    }
    if (found.size() > limit) {
      b.append("... and ")
          .append(found.size() - limit)
          .append(" more (use --limit or a longer query)\n");
    }
    spec.commandLine().getOut().print(b);
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** The parents of a division up to its province, nearest first: 吉林市, 吉林省. */
  private static List<Jurisdiction> parents(Divisions divisions, Jurisdiction j) {
    List<Jurisdiction> parents = new ArrayList<>();
    Optional<JurisdictionCode> p = j.parent();
    while (p.isPresent() && !p.get().equals(JurisdictionCode.CN)) {
      Jurisdiction parent = divisions.find(p.get()).orElseThrow();
      parents.add(parent);
      p = parent.parent();
    }
    return parents;
  }

  /**
   * One division per row: {@code code,name_zh,name_en,level,within} (parent codes, nearest first,
   * ';'-separated).
   */
  private static String csv(Divisions divisions, List<Jurisdiction> shown) {
    Csv csv = new Csv("code", "name_zh", "name_en", "level", "within");
    for (Jurisdiction j : shown) {
      csv.row(
          j.code().toString(),
          j.name().zh(),
          j.name().en(),
          j.level().toString(),
          String.join(";", parents(divisions, j).stream().map(x -> x.code().toString()).toList()));
    }
    return csv.toString();
  }

  /** {@code {query, replacedBy?, matches: [{code, name, level, within}], more}}. */
  private static String json(Divisions divisions, String q, List<Jurisdiction> shown, int found) {
    ObjectNode root = MatchJson.PRETTY.createObjectNode().put("query", q);
    if (q.matches("[1-9][0-9]{5}")) {
      divisions
          .replacement(JurisdictionCode.of(q))
          .ifPresent(c -> root.put("replacedBy", c.toString()));
    }
    ArrayNode matches = root.putArray("matches");
    for (Jurisdiction j : shown) {
      ObjectNode n = matches.addObject().put("code", j.code().toString());
      n.putObject("name").put("zh", j.name().zh()).put("en", j.name().en());
      n.put("level", j.level().toString());
      ArrayNode within = n.putArray("within");
      parents(divisions, j).forEach(x -> within.add(x.code().toString()));
    }
    root.put("more", found - shown.size());
    return PolicyJson.write(root) + "\n";
  }
}
