package io.github.srdipolicy.cli;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.Tier;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.Track;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code policy explain}: a tier and its criteria as a tree with clause references and notes. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    header = "Explain a tier: its criteria as a tree with clauses and notes.",
    description = "Shows a tier and the criteria set for it, as a tree with clause references and interpretation notes.")
final class ExplainCommand implements Callable<Integer> {
  @Mixin
  LangOption lang;

  @ParentCommand
  PolicyCommand parent;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TIER-ID", description = "A tier id, such as cn.little-giant.")
  String tierId;

  @Option(names = "--as-of", paramLabel = "DATE", converter = PolicyCommand.DateConverter.class,
      description = "Only criteria of documents in force on this date (YYYY-MM-DD); default: all.")
  LocalDate asOf;

  @Override
  public Integer call() {
    Catalog catalog = parent.catalog();
    Tier tier = catalog.tier(TierId.of(tierId));
    List<EligibilityCriteria> criteria = asOf == null ? catalog.criteriaFor(tier.id())
        : catalog.criteriaFor(tier.id(), asOf);
    StringBuilder b = new StringBuilder();
    b.append(tier.id()).append("  ").append(Text.name(tier.name())).append('\n');
    b.append("  level ").append(tier.level()).append(" · jurisdiction ")
        .append(Text.jurisdiction(catalog.jurisdiction(tier.jurisdiction()))).append(" · subject ")
        .append(tier.subject()).append('\n');
    if (!tier.prerequisites().isEmpty()) {
      b.append("  prerequisites: ").append(tier.prerequisites().stream().map(Object::toString)
          .collect(Collectors.joining(", "))).append('\n');
    }
    tier.validityYears().ifPresent(y -> b.append("  recognition valid for ").append(y).append(" years\n"));
    tier.description().ifPresent(d -> b.append("  ").append(Text.name(d)).append('\n'));
    b.append("  source: ").append(Text.source(tier.source())).append('\n');
    tier.note().ifPresent(n -> b.append("  note: ").append(Text.name(n)).append('\n'));
    if (criteria.isEmpty()) {
      b.append("\nNo criteria encoded for ").append(tier.id())
          .append(asOf == null ? "" : " in documents in force on " + asOf).append(".\n");
    }
    ConditionText text = new ConditionText(catalog.indicators());
    for (EligibilityCriteria c : criteria) {
      PolicyDocument d = catalog.documentOf(c.id());
      b.append("\nCriteria ").append(c.id()).append(": ").append(Text.name(c.label())).append("  ")
          .append(Text.source(c.source())).append('\n');
      b.append("  from ").append(d.id()).append(' ').append(Text.name(d.title())).append(", in force ")
          .append(d.validity()).append('\n');
      for (LocalizedText caveat : c.caveats()) {
        b.append("  caveat: ").append(Text.name(caveat)).append('\n');
      }
      c.common().ifPresent(cond -> {
        b.append("  common conditions (all tracks):\n");
        Tree.render(b, "    ", cond, text::describe);
      });
      b.append(c.tracks().size() == 1 ? "  the track:\n" : "  any one of " + c.tracks().size() + " tracks:\n");
      for (Track t : c.tracks()) {
        b.append("  track ").append(t.kind()).append(' ').append(t.id()).append(": ").append(Text.name(t.label()))
            .append('\n');
        Tree.render(b, "    ", t.condition(), text::describe);
      }
    }
    spec.commandLine().getOut().print(b);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
