package io.github.srdipolicy.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.Tier;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.TierLadder;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code policy ladder}: the tier ladders a firm in a jurisdiction climbs, rung by rung. */
@Command(
    name = "ladder",
    mixinStandardHelpOptions = true,
    header = "Show the tier ladders of a jurisdiction, bottom rung first.",
    description = {
      "Shows the tier ladders set out for a jurisdiction and its parents, from the bottom rung up.",
      "--format json gives the chain, the ladders and the tiers; csv one row per rung and per tier."
    })
final class LadderCommand implements Callable<Integer> {
  /** The columns of {@code --format csv}: a rung of a ladder, or a tier defined along the chain. */
  static final List<String> CSV_HEADER =
      List.of(
          "fact",
          "ladder",
          "rung",
          "tier",
          "level",
          "jurisdiction",
          "subject",
          "requires",
          "document",
          "clause",
          "confidence",
          "name");

  @Mixin LangOption lang;

  @Mixin FormatOption format;

  @ParentCommand PolicyCommand parent;

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "JURISDICTION",
      description = "A jurisdiction code, such as 220281.")
  String code;

  @Override
  public Integer call() throws IOException {
    Catalog catalog = parent.catalog();
    JurisdictionCode jc = JurisdictionCode.of(code);
    List<Jurisdiction> chain = catalog.chain(jc);
    List<TierLadder> ladders = catalog.ladders(jc);
    List<Tier> along = new ArrayList<>();
    for (Jurisdiction j : chain) {
      for (Tier tier : catalog.tiers()) {
        if (tier.jurisdiction().equals(j.code())) {
          along.add(tier);
        }
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.get() == FormatOption.Format.JSON) {
      ObjectNode root = MatchJson.PRETTY.createObjectNode();
      ArrayNode codes = root.putArray("chain");
      chain.forEach(j -> codes.add(j.code().toString()));
      root.set("ladders", MatchJson.PRETTY.valueToTree(ladders));
      root.set("tiers", MatchJson.PRETTY.valueToTree(along));
      out.println(MatchJson.PRETTY.writeValueAsString(root));
      out.flush();
      return 0;
    }
    if (format.get() == FormatOption.Format.CSV) {
      Csv csv = new Csv(CSV_HEADER.toArray(String[]::new));
      for (TierLadder l : ladders) {
        int n = 1;
        for (TierId id : l.rungs()) {
          csv.row(tierRow("rung", l.id().toString(), Integer.toString(n++), catalog.tier(id)));
        }
      }
      for (Tier tier : along) {
        csv.row(tierRow("tier", "", "", tier));
      }
      out.print(csv);
      out.flush();
      return 0;
    }
    StringBuilder b = new StringBuilder();
    b.append("Ladders for ").append(MatchText.chain(chain)).append('\n');
    if (ladders.isEmpty()) {
      b.append("\nNo ladder encoded for this jurisdiction or its parents.\n");
    }
    for (TierLadder l : ladders) {
      b.append("\n== ")
          .append(l.id())
          .append(": ")
          .append(Text.name(l.label()))
          .append("  (")
          .append(l.jurisdiction())
          .append(")  ")
          .append(Text.source(l.source()))
          .append('\n');
      Text.Table t = new Text.Table("#", "Tier", "Name", "Level", "By", "Requires");
      int n = 1;
      for (TierId id : l.rungs()) {
        Tier tier = catalog.tier(id);
        t.row(
            Integer.toString(n++),
            id.toString(),
            Text.name(tier.name()),
            tier.level().toString(),
            tier.jurisdiction().toString(),
            tier.prerequisites().isEmpty()
                ? "-"
                : tier.prerequisites().stream()
                    .map(Object::toString)
                    .collect(Collectors.joining(", ")));
      }
      b.append(t.render("  "));
    }
    // The tiers themselves, even where no ladder orders them yet: what a firm here can be
    // recognised as.
    b.append("\nTiers defined along the chain, lowest jurisdiction first:\n");
    Text.Table t = new Text.Table("Jurisdiction", "Tier", "Name", "Level", "Subject");
    for (Tier tier : along) {
      t.row(
          tier.jurisdiction().toString(),
          tier.id().toString(),
          Text.name(tier.name()),
          tier.level().toString(),
          tier.subject().toString());
    }
    b.append(t.isEmpty() ? "  (none)\n" : t.render("  "));
    out.print(b);
    out.flush();
    return 0;
  }

  private static List<String> tierRow(String fact, String ladder, String rung, Tier tier) {
    return List.of(
        fact,
        ladder,
        rung,
        tier.id().toString(),
        tier.level().toString(),
        tier.jurisdiction().toString(),
        tier.subject().toString(),
        tier.prerequisites().stream().map(Object::toString).collect(Collectors.joining(" ")),
        tier.source().document().toString(),
        tier.source().clause(),
        tier.source().confidence().toString(),
        Text.line(tier.name()));
  }
}
