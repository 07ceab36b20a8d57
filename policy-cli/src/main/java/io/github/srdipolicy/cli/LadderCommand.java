package io.github.srdipolicy.cli;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.Tier;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.TierLadder;
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
@Command(name = "ladder", mixinStandardHelpOptions = true,
    header = "Show the tier ladders of a jurisdiction, bottom rung first.",
    description = "Shows the tier ladders set out for a jurisdiction and its parents, from the bottom rung up.")
final class LadderCommand implements Callable<Integer> {
  @Mixin
  LangOption lang;

  @ParentCommand
  PolicyCommand parent;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "JURISDICTION", description = "A jurisdiction code, such as 220281.")
  String code;

  @Override
  public Integer call() {
    Catalog catalog = parent.catalog();
    JurisdictionCode jc = JurisdictionCode.of(code);
    List<Jurisdiction> chain = catalog.chain(jc);
    StringBuilder b = new StringBuilder();
    b.append("Ladders for ").append(MatchText.chain(chain)).append('\n');
    List<TierLadder> ladders = catalog.ladders(jc);
    if (ladders.isEmpty()) {
      b.append("\nNo ladder encoded for this jurisdiction or its parents.\n");
    }
    for (TierLadder l : ladders) {
      b.append("\n== ").append(l.id()).append(": ").append(Text.name(l.label())).append("  (")
          .append(l.jurisdiction()).append(")  ").append(Text.source(l.source())).append('\n');
      Text.Table t = new Text.Table("#", "Tier", "Name", "Level", "By", "Requires");
      int n = 1;
      for (TierId id : l.rungs()) {
        Tier tier = catalog.tier(id);
        t.row(Integer.toString(n++), id.toString(), Text.name(tier.name()), tier.level().toString(),
            tier.jurisdiction().toString(), tier.prerequisites().isEmpty() ? "-"
                : tier.prerequisites().stream().map(Object::toString).collect(Collectors.joining(", ")));
      }
      b.append(t.render("  "));
    }
    // The tiers themselves, even where no ladder orders them yet: what a firm here can be recognised as.
    b.append("\nTiers defined along the chain, lowest jurisdiction first:\n");
    Text.Table t = new Text.Table("Jurisdiction", "Tier", "Name", "Level", "Subject");
    for (Jurisdiction j : chain) {
      for (Tier tier : catalog.tiers()) {
        if (tier.jurisdiction().equals(j.code())) {
          t.row(j.code().toString(), tier.id().toString(), Text.name(tier.name()), tier.level().toString(),
              tier.subject().toString());
        }
      }
    }
    b.append(t.isEmpty() ? "  (none)\n" : t.render("  "));
    spec.commandLine().getOut().print(b);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
