package io.github.srdipolicy.dmn;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.engine.EligibilityEvaluator;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.Outcome;
import io.github.srdipolicy.engine.TierHolding;
import io.github.srdipolicy.model.AllOf;
import io.github.srdipolicy.model.AnyOf;
import io.github.srdipolicy.model.AtLeast;
import io.github.srdipolicy.model.Band;
import io.github.srdipolicy.model.Banded;
import io.github.srdipolicy.model.Comparison;
import io.github.srdipolicy.model.Condition;
import io.github.srdipolicy.model.ConditionVisitor;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.HoldsTier;
import io.github.srdipolicy.model.IndicatorId;
import io.github.srdipolicy.model.IndicatorRegistry;
import io.github.srdipolicy.model.Interval;
import io.github.srdipolicy.model.Operator;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.Qualitative;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.ScoreBand;
import io.github.srdipolicy.model.ScoreItem;
import io.github.srdipolicy.model.Scorecard;
import io.github.srdipolicy.model.Status;
import io.github.srdipolicy.model.SumComparison;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.Track;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Criteria written as one DMN 1.4 model: one input per indicator, declaration and tier the criteria
 * use, and one boolean decision per criteria, a FEEL literal expression generated from the criteria
 * tree.
 *
 * <p>The decisions keep the engine's three-valued logic: {@code true} is ELIGIBLE, {@code false}
 * NOT_ELIGIBLE and {@code null} UNDETERMINED. A missing input is {@code null} and makes a condition
 * {@code null}, never {@code false}; FEEL's {@code and} and {@code or} are Kleene's, and the shapes
 * FEEL has no operator for (at least n of, sums with missing summands, bands with a missing
 * selector, scorecards with missing items) are written out as FEEL contexts with the engine's
 * rules. The differential test runs the model in Drools on generated firms and finds the library's
 * outcome for every firm and criteria.
 *
 * <p>Inputs are numbers in the base unit of the indicator's kind (yuan for money, a fraction for
 * ratios, the count, rank, years, level or flag as a number), declarations booleans, and tiers
 * booleans meaning "held on the date asked" ({@code null} if the firm's list of holdings is not
 * complete and the tier is not in it); {@link #inputs(EnterpriseProfile, LocalDate)} builds them
 * from a profile. What DMN does not carry: the trace, missing inputs and gaps of a report, units
 * (only base numbers), clause references and interpretation notes (a decision's description names
 * the criteria, its document and jurisdiction only), and which jurisdictions a criteria applies to
 * (the caller chooses the decisions). Immutable and thread-safe.
 */
public final class DmnModel {
  /** The DMN 1.4 model namespace. */
  public static final String DMN_NAMESPACE = "https://www.omg.org/spec/DMN/20211108/MODEL/";

  /** The namespace of the exported models. */
  public static final String MODEL_NAMESPACE = "https://github.com/srdipolicy/srdi-policy/dmn";

  private final String name;
  private final List<EligibilityCriteria> criteria;
  private final List<String> descriptions;
  private final IndicatorRegistry indicators;
  private final List<String> decisionNames = new ArrayList<>();
  private final Map<IndicatorId, String> indicatorInputs = new LinkedHashMap<>();
  private final Map<String, String> declarationInputs = new LinkedHashMap<>();
  private final Map<TierId, String> tierInputs = new LinkedHashMap<>();

  /**
   * Decides whether a tier holding counts on a date (its own dates and the tier's title validity).
   */
  private final EligibilityEvaluator evaluator;

  private final List<String> expressions = new ArrayList<>();
  private final Set<String> usedNames = new HashSet<>();

  private DmnModel(
      String name,
      List<EligibilityCriteria> criteria,
      List<String> descriptions,
      IndicatorRegistry indicators,
      EligibilityEvaluator evaluator) {
    this.evaluator = evaluator;
    this.name = name;
    this.criteria = List.copyOf(criteria);
    this.descriptions = List.copyOf(descriptions);
    this.indicators = indicators;
    for (EligibilityCriteria c : criteria) {
      decisionNames.add(unique("eligible_" + feelName(c.id().toString())));
      expressions.add(new Writer().criteria(c));
    }
  }

  /**
   * Writes given criteria over an indicator vocabulary.
   *
   * @param name the model's name, not null
   * @param criteria the criteria, one decision each, not null
   * @param indicators the indicator definitions the criteria use, not null
   * @return the model, never null
   */
  public static DmnModel of(
      String name, List<EligibilityCriteria> criteria, IndicatorRegistry indicators) {
    List<String> descriptions =
        criteria.stream().map(c -> "criteria " + c.id() + ", tier " + c.tier()).toList();
    return new DmnModel(
        name, criteria, descriptions, indicators, EligibilityEvaluator.of(indicators));
  }

  /**
   * Writes every criteria of a catalogue's documents, by document id, or of those in force on a
   * date.
   *
   * @param catalog the catalogue, not null
   * @param inForceOn the date documents must be in force on, or empty for every document
   * @return the model, never null
   */
  public static DmnModel of(Catalog catalog, Optional<LocalDate> inForceOn) {
    List<EligibilityCriteria> criteria = new ArrayList<>();
    List<String> descriptions = new ArrayList<>();
    catalog.documents().stream()
        .sorted(Comparator.comparing(PolicyDocument::id))
        .filter(d -> inForceOn.map(d::isInForceOn).orElse(true))
        .forEach(
            d ->
                d.criteria()
                    .forEach(
                        c -> {
                          criteria.add(c);
                          descriptions.add(
                              "criteria "
                                  + c.id()
                                  + ", tier "
                                  + c.tier()
                                  + ", document "
                                  + d.id()
                                  + ", jurisdiction "
                                  + d.jurisdiction()
                                  + " (applies to firms registered there or below)");
                        }));
    String name = "srdi-policy" + inForceOn.map(d -> "-" + d).orElse("");
    // The catalogue's evaluator knows each tier's title validity, which decides whether a holding
    // counts.
    return new DmnModel(name, criteria, descriptions, catalog.indicators(), catalog.evaluator());
  }

  /**
   * Returns the criteria, in decision order.
   *
   * @return the criteria, never null
   */
  public List<EligibilityCriteria> criteria() {
    return criteria;
  }

  /**
   * Returns the name of a criteria's decision.
   *
   * @param criteriaIndex the criteria's index in {@link #criteria()}
   * @return the decision name, never null
   */
  public String decisionName(int criteriaIndex) {
    return decisionNames.get(criteriaIndex);
  }

  /**
   * Returns the FEEL expression of a criteria's decision.
   *
   * @param criteriaIndex the criteria's index in {@link #criteria()}
   * @return the expression, never null
   */
  public String expression(int criteriaIndex) {
    return expressions.get(criteriaIndex);
  }

  /**
   * Builds the model's inputs for a firm: every input is present, {@code null} where the firm's
   * value is missing.
   *
   * @param profile the firm, not null
   * @param asOf the date tier holdings are checked on, not null
   * @return input name to value (BigDecimal, Boolean or null), never null
   */
  public Map<String, Object> inputs(EnterpriseProfile profile, LocalDate asOf) {
    Map<String, Object> in = new HashMap<>();
    indicatorInputs.forEach(
        (id, input) -> in.put(input, profile.value(id).map(Quantity::baseValue).orElse(null)));
    declarationInputs.forEach((key, input) -> in.put(input, profile.declarations().get(key)));
    tierInputs.forEach(
        (tier, input) -> {
          boolean held = false;
          for (TierHolding h : profile.tiers()) {
            held |= h.tier().equals(tier) && evaluator.holds(h, asOf);
          }
          in.put(input, held ? Boolean.TRUE : profile.tiersComplete() ? Boolean.FALSE : null);
        });
    return in;
  }

  /**
   * Reads a decision's result as an outcome.
   *
   * @param decisionResult the result: {@code true}, {@code false} or {@code null}
   * @return ELIGIBLE, NOT_ELIGIBLE or UNDETERMINED, never null
   * @throws IllegalArgumentException if the result is not a boolean or null
   */
  public static Outcome outcome(Object decisionResult) {
    if (decisionResult == null) {
      return Outcome.UNDETERMINED;
    }
    if (decisionResult instanceof Boolean b) {
      return Outcome.of(b);
    }
    throw new IllegalArgumentException(
        "Invalid decision result: '" + decisionResult + "' (must be true, false or null)");
  }

  /**
   * Returns the model as DMN 1.4 XML.
   *
   * @return the XML text, never null
   */
  public String xml() {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("definitions");
      x.writeDefaultNamespace(DMN_NAMESPACE);
      x.writeAttribute("id", "srdi_policy");
      x.writeAttribute("name", name);
      x.writeAttribute("namespace", MODEL_NAMESPACE);
      x.writeCharacters("\n");
      element(
          x,
          1,
          "description",
          "Generated by srdi-policy from its encoded criteria. Decisions: true = ELIGIBLE, "
              + "false = NOT_ELIGIBLE, null = UNDETERMINED. Inputs: base units (yuan, fractions, counts); "
              + "null when the firm's value is missing. Not carried: traces, units, clause sources, notes.");
      for (Map.Entry<IndicatorId, String> e : indicatorInputs.entrySet()) {
        inputData(
            x,
            e.getValue(),
            "number",
            "indicator "
                + e.getKey()
                + " in base units of "
                + indicators.get(e.getKey()).unit().kind());
      }
      for (Map.Entry<String, String> e : declarationInputs.entrySet()) {
        inputData(x, e.getValue(), "boolean", "declaration " + e.getKey());
      }
      for (Map.Entry<TierId, String> e : tierInputs.entrySet()) {
        inputData(x, e.getValue(), "boolean", "tier " + e.getKey() + " held on the date asked");
      }
      for (int i = 0; i < criteria.size(); i++) {
        String decision = decisionNames.get(i);
        indent(x, 1);
        x.writeStartElement("decision");
        x.writeAttribute("id", decision);
        x.writeAttribute("name", decision);
        x.writeAttribute("label", criteria.get(i).id().toString());
        x.writeCharacters("\n");
        element(x, 2, "description", descriptions.get(i));
        indent(x, 2);
        x.writeEmptyElement("variable");
        x.writeAttribute("name", decision);
        x.writeAttribute("typeRef", "boolean");
        x.writeCharacters("\n");
        for (String input : inputsOf(expressions.get(i))) {
          indent(x, 2);
          x.writeStartElement("informationRequirement");
          x.writeAttribute("id", decision + "__" + input);
          x.writeEmptyElement("requiredInput");
          x.writeAttribute("href", "#" + input);
          x.writeEndElement();
          x.writeCharacters("\n");
        }
        indent(x, 2);
        x.writeStartElement("literalExpression");
        x.writeStartElement("text");
        x.writeCharacters(expressions.get(i));
        x.writeEndElement();
        x.writeEndElement();
        x.writeCharacters("\n");
        indent(x, 1);
        x.writeEndElement();
        x.writeCharacters("\n");
      }
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Cannot write the DMN model", e);
    }
    return out.toString();
  }

  private List<String> inputsOf(String expression) {
    List<String> all = new ArrayList<>(indicatorInputs.values());
    all.addAll(declarationInputs.values());
    all.addAll(tierInputs.values());
    return all.stream()
        .filter(in -> expression.matches("(?s).*\\b" + java.util.regex.Pattern.quote(in) + "\\b.*"))
        .collect(Collectors.toList());
  }

  private static void inputData(XMLStreamWriter x, String name, String type, String description)
      throws XMLStreamException {
    indent(x, 1);
    x.writeStartElement("inputData");
    x.writeAttribute("id", name);
    x.writeAttribute("name", name);
    x.writeCharacters("\n");
    element(x, 2, "description", description);
    indent(x, 2);
    x.writeEmptyElement("variable");
    x.writeAttribute("name", name);
    x.writeAttribute("typeRef", type);
    x.writeCharacters("\n");
    indent(x, 1);
    x.writeEndElement();
    x.writeCharacters("\n");
  }

  private static void element(XMLStreamWriter x, int depth, String element, String text)
      throws XMLStreamException {
    indent(x, depth);
    x.writeStartElement(element);
    x.writeCharacters(text);
    x.writeEndElement();
    x.writeCharacters("\n");
  }

  private static void indent(XMLStreamWriter x, int depth) throws XMLStreamException {
    x.writeCharacters("  ".repeat(depth));
  }

  /**
   * A FEEL name made of letters, digits and underscores (ids hold '-' and '.', which FEEL reads as
   * operators).
   */
  static String feelName(String id) {
    StringBuilder b = new StringBuilder();
    id.codePoints().forEach(cp -> b.appendCodePoint(Character.isLetterOrDigit(cp) ? cp : '_'));
    return b.toString();
  }

  private String unique(String candidate) {
    String n = candidate;
    for (int k = 2; !usedNames.add(n); k++) {
      n = candidate + "_" + k;
    }
    return n;
  }

  private String indicator(IndicatorId id) {
    indicators.get(id); // fails, naming an indicator the vocabulary does not define
    return indicatorInputs.computeIfAbsent(id, k -> unique("i_" + feelName(k.toString())));
  }

  /** FEEL number literal; negative ones in parentheses. */
  private static String number(BigDecimal v) {
    String s = v.stripTrailingZeros().toPlainString();
    return v.signum() < 0 ? "(" + s + ")" : s;
  }

  private static String base(Quantity q) {
    return number(q.baseValue());
  }

  /** {@code x op bound} on a non-null number x. */
  private static String compare(String x, Operator op, String bound) {
    switch (op) {
      case AT_LEAST:
        return x + " >= " + bound;
      case GREATER_THAN:
        return x + " > " + bound;
      case AT_MOST:
        return x + " <= " + bound;
      case LESS_THAN:
        return x + " < " + bound;
      default:
        return x + " = " + bound;
    }
  }

  /** Membership of a non-null number in an interval, as a FEEL boolean. */
  private static String in(String x, Interval range) {
    List<String> parts = new ArrayList<>();
    range
        .lower()
        .ifPresent(
            l ->
                parts.add(
                    compare(
                        x,
                        range.lowerInclusive() ? Operator.AT_LEAST : Operator.GREATER_THAN,
                        base(l))));
    range
        .upper()
        .ifPresent(
            u ->
                parts.add(
                    compare(
                        x,
                        range.upperInclusive() ? Operator.AT_MOST : Operator.LESS_THAN,
                        base(u))));
    return parts.isEmpty() ? "true" : String.join(" and ", parts);
  }

  /** Generates the FEEL expression of a condition tree, the engine's rules shape by shape. */
  private final class Writer implements ConditionVisitor<String> {
    String criteria(EligibilityCriteria c) {
      List<String> tracks = new ArrayList<>();
      for (Track t : c.tracks()) {
        tracks.add("(" + t.condition().accept(this) + ")");
      }
      String any = String.join(" or ", tracks);
      return c.common()
          .map(common -> "(" + common.accept(this) + ") and (" + any + ")")
          .orElse(any);
    }

    @Override
    public String visitComparison(Comparison c) {
      String x = indicator(c.indicator());
      return "if " + x + " = null then null else " + compare(x, c.operator(), base(c.threshold()));
    }

    @Override
    public String visitStatus(Status c) {
      String x = indicator(c.indicator());
      return "if "
          + x
          + " = null then null else "
          + compare(x, Operator.EQUAL_TO, base(c.requiredFlag()));
    }

    @Override
    public String visitSum(SumComparison c) {
      List<String> xs = c.indicators().stream().map(DmnModel.this::indicator).toList();
      String sum =
          xs.stream()
              .map(x -> "(if " + x + " = null then 0 else " + x + ")")
              .collect(Collectors.joining(" + "));
      String missing = xs.stream().map(x -> x + " = null").collect(Collectors.joining(" or "));
      List<String> negative = new ArrayList<>();
      for (int k = 0; k < xs.size(); k++) {
        boolean nonNegative =
            indicators.get(c.indicators().get(k)).minimum().map(m -> m.signum() >= 0).orElse(false);
        if (!nonNegative) {
          negative.add(xs.get(k) + " = null");
        }
      }
      String mayBeNegative = negative.isEmpty() ? "false" : String.join(" or ", negative);
      String undecided;
      if (c.operator().isLowerBound()) {
        // The missing summands cannot lower the sum: a met lower bound stays met.
        undecided = "if neg = false and holds then true else null";
      } else if (c.operator() != Operator.EQUAL_TO) {
        // They cannot bring it back under the cap either.
        undecided = "if neg = false and holds = false then false else null";
      } else {
        undecided = "null";
      }
      // "total", not "sum": sum is a FEEL built-in function.
      return "{total: "
          + sum
          + ", holds: "
          + compare("total", c.operator(), base(c.threshold()))
          + ", missing: "
          + missing
          + ", neg: "
          + mayBeNegative
          + ", r: if missing = false then holds else "
          + undecided
          + "}.r";
    }

    private List<String> children(List<Condition> conditions) {
      return conditions.stream().map(k -> "(" + k.accept(this) + ")").toList();
    }

    @Override
    public String visitAllOf(AllOf c) {
      return String.join(" and ", children(c.conditions()));
    }

    @Override
    public String visitAnyOf(AnyOf c) {
      return String.join(" or ", children(c.conditions()));
    }

    @Override
    public String visitAtLeast(AtLeast c) {
      List<String> kids = children(c.conditions());
      StringBuilder b = new StringBuilder("{");
      for (int k = 0; k < kids.size(); k++) {
        b.append("c").append(k).append(": ").append(kids.get(k)).append(", ");
      }
      String yes =
          java.util.stream.IntStream.range(0, kids.size())
              .mapToObj(k -> "(if c" + k + " = true then 1 else 0)")
              .collect(Collectors.joining(" + "));
      String possible =
          java.util.stream.IntStream.range(0, kids.size())
              .mapToObj(k -> "(if c" + k + " = false then 0 else 1)")
              .collect(Collectors.joining(" + "));
      return b.append("yes: ")
          .append(yes)
          .append(", possible: ")
          .append(possible)
          .append(", r: if yes >= ")
          .append(c.count())
          .append(" then true else if possible < ")
          .append(c.count())
          .append(" then false else null}.r")
          .toString();
    }

    @Override
    public String visitBanded(Banded c) {
      String x = indicator(c.indicator());
      StringBuilder known = new StringBuilder();
      List<String> possible = new ArrayList<>();
      for (Band b : c.bands()) {
        String then = b.then().map(t -> "(" + t.accept(this) + ")").orElse("true");
        known.append("if ").append(in(x, b.range())).append(" then ").append(then).append(" else ");
        possible.add(then);
      }
      known.append("false");
      if (!c.coversAllValuesOf(indicators.get(c.indicator()))) {
        possible.add("false");
      }
      // Without the selector every band is possible: decided only if all possible results agree.
      StringBuilder missing = new StringBuilder("{");
      for (int k = 0; k < possible.size(); k++) {
        missing.append("p").append(k).append(": ").append(possible.get(k)).append(", ");
      }
      String allTrue =
          java.util.stream.IntStream.range(0, possible.size())
              .mapToObj(k -> "p" + k + " = true")
              .collect(Collectors.joining(" and "));
      String allFalse =
          java.util.stream.IntStream.range(0, possible.size())
              .mapToObj(k -> "p" + k + " = false")
              .collect(Collectors.joining(" and "));
      missing
          .append("r: if ")
          .append(allTrue)
          .append(" then true else if ")
          .append(allFalse)
          .append(" then false else null}.r");
      return "if " + x + " = null then " + missing + " else " + known;
    }

    @Override
    public String visitHoldsTier(HoldsTier c) {
      return tierInputs.computeIfAbsent(c.tier(), k -> unique("t_" + feelName(k.toString())));
    }

    @Override
    public String visitQualitative(Qualitative c) {
      return declarationInputs.computeIfAbsent(c.declaration(), k -> unique("d_" + feelName(k)));
    }

    @Override
    public String visitScorecard(Scorecard c) {
      List<ScoreItem> items = c.items();
      StringBuilder b = new StringBuilder("{");
      for (int i = 0; i < items.size(); i++) {
        ScoreItem item = items.get(i);
        String x = indicator(item.indicator());
        StringBuilder points = new StringBuilder();
        for (ScoreBand band : item.bands()) {
          points
              .append("if ")
              .append(in(x, band.range()))
              .append(" then ")
              .append(number(band.points()))
              .append(" else ");
        }
        points.append("0");
        // A missing item counts between its least and its most points.
        b.append("lo")
            .append(i)
            .append(": if ")
            .append(x)
            .append(" = null then ")
            .append(number(item.minPoints()))
            .append(" else ")
            .append(points)
            .append(", ");
        b.append("hi")
            .append(i)
            .append(": if ")
            .append(x)
            .append(" = null then ")
            .append(number(item.maxPoints()))
            .append(" else lo")
            .append(i)
            .append(", ");
      }
      List<String> passes = new ArrayList<>();
      List<String> fails = new ArrayList<>();
      passes.add(sumOf("lo", items, null) + " >= " + number(c.minimumTotal()));
      fails.add(sumOf("hi", items, null) + " < " + number(c.minimumTotal()));
      for (Map.Entry<String, BigDecimal> min : c.categoryMinimums().entrySet()) {
        passes.add(sumOf("lo", items, min.getKey()) + " >= " + number(min.getValue()));
        fails.add(sumOf("hi", items, min.getKey()) + " < " + number(min.getValue()));
      }
      return b.append("fails: ")
          .append(String.join(" or ", fails))
          .append(", passes: ")
          .append(String.join(" and ", passes))
          .append(", r: if fails then false else if passes then true else null}.r")
          .toString();
    }

    private String sumOf(String prefix, List<ScoreItem> items, String category) {
      List<String> terms = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        if (category == null || items.get(i).category().equals(category)) {
          terms.add(prefix + i);
        }
      }
      return "(" + (terms.isEmpty() ? "0" : String.join(" + ", terms)) + ")";
    }
  }
}
