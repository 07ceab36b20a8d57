package io.github.srdipolicy.screening;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.engine.EligibilityEvaluator;
import io.github.srdipolicy.engine.EligibilityReport;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.Outcome;
import io.github.srdipolicy.internal.Checks;
import io.github.srdipolicy.model.AllOf;
import io.github.srdipolicy.model.AnyOf;
import io.github.srdipolicy.model.ApplicationKind;
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
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.Operator;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.Qualitative;
import io.github.srdipolicy.model.ScoreItem;
import io.github.srdipolicy.model.Scorecard;
import io.github.srdipolicy.model.Status;
import io.github.srdipolicy.model.SumComparison;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.Track;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Screens whole populations of firms against many criteria at once.
 *
 * <pre>{@code
 * Screener screener = Screener.of(Catalog.load(), LocalDate.of(2023, 6, 1));
 * Population.Builder b = screener.populationBuilder(profiles.size(), date);
 * profiles.forEach(b::add);
 * ScreeningResult result = screener.screen(b.build());
 * }</pre>
 *
 * <p>Criteria are compiled once; screening runs in parallel over the available cores, 64 firms per
 * machine word, and allocates nothing per firm. Outcomes equal those of {@link
 * EligibilityEvaluator} for every firm (firms with values too precise for the fixed-point columns
 * are screened by the exact engine). Use {@link #explain(EnterpriseProfile, int)} for the trace of
 * a chosen firm. Immutable and thread-safe.
 */
public final class Screener {
  /**
   * Words per parallel task: 4096 firms, small enough to balance the cores; a multiple of {@link
   * Node#BLOCK}.
   */
  private static final int CHUNK_WORDS = 64;

  private final List<EligibilityCriteria> criteria;
  private final List<JurisdictionCode> criteriaJurisdiction;
  private final Function<JurisdictionCode, Set<JurisdictionCode>> chains;
  private final EligibilityEvaluator evaluator;

  /**
   * The indicator definitions values are checked against (read by {@link
   * Population.Builder.Appender}).
   */
  final IndicatorRegistry registry;

  private final Map<IndicatorId, Integer> indicatorSlots = new LinkedHashMap<>();
  private final Map<String, Integer> declarationSlots = new LinkedHashMap<>();
  private final Map<TierId, Integer> tierSlots = new LinkedHashMap<>();
  private final List<Compiled> compiled = new ArrayList<>();

  /** Every node of every criteria, children first; equal subtrees are stored once. */
  private final Node[] nodes;

  /** How each slot is stored in a population: codes, fixed-point values, or both. */
  final Node.Cuts encoding;

  private final Map<JurisdictionCode, boolean[]> applicability = new ConcurrentHashMap<>();

  /**
   * The date a catalogue screener was compiled for, which {@link #explain(EnterpriseProfile, int)}
   * evaluates on, and the catalogue's own checks of a profile; set by the factories before the
   * screener is returned, never changed after.
   */
  private Optional<LocalDate> date = Optional.empty();

  private Consumer<EnterpriseProfile> profileCheck = p -> {};

  private Screener(
      List<EligibilityCriteria> criteria,
      List<JurisdictionCode> criteriaJurisdiction,
      Function<JurisdictionCode, Set<JurisdictionCode>> chains,
      EligibilityEvaluator evaluator,
      IndicatorRegistry registry) {
    this.criteria = List.copyOf(criteria);
    this.criteriaJurisdiction = List.copyOf(criteriaJurisdiction);
    this.chains = chains;
    this.evaluator = evaluator;
    this.registry = registry;
    // Declaration and tier slots come after all indicator slots, so their indexes are final only
    // once every criteria has been seen: a first pass registers the slots, the second compiles.
    Compiler slots = new Compiler(registry);
    for (EligibilityCriteria c : criteria) {
      slots.compile(c);
    }
    // One compiler for all criteria, so that nodes computing the same thing (a threshold several
    // documents test, a whole common subtree) are evaluated once per word for all of them.
    Compiler shared = new Compiler(registry);
    for (EligibilityCriteria c : criteria) {
      compiled.add(shared.compile(c));
    }
    this.nodes = shared.nodes.toArray(new Node[0]);
    // Slots whose tests change outcome at few values are stored as codes of a few bits, bit-sliced
    // (Node.Cuts).
    this.encoding = new Node.Cuts(slotCount());
    // The values a valid profile can hold in each slot: cuts outside them separate nothing.
    for (Map.Entry<IndicatorId, Integer> e : indicatorSlots.entrySet()) {
      io.github.srdipolicy.model.Indicator indicator = registry.get(e.getKey());
      long min = indicator.minimum().map(Fixed::of).orElse(Fixed.UNREPRESENTABLE);
      long max = indicator.maximum().map(Fixed::of).orElse(Fixed.UNREPRESENTABLE);
      encoding.domain(
          e.getValue(),
          min == Fixed.UNREPRESENTABLE ? FixedRange.BELOW : min,
          max == Fixed.UNREPRESENTABLE ? FixedRange.ABOVE : max);
    }
    for (int s = indicatorSlots.size(); s < slotCount(); s++) {
      encoding.domain(s, 0, Fixed.ONE); // declarations and tiers held: 0 or 1
    }
    for (Node n : nodes) {
      n.cuts(encoding);
    }
    encoding.close();
    for (Node n : nodes) {
      n.encode(encoding);
    }
  }

  /**
   * Compiles every criteria that applies on a date to new applications (the profile's default
   * kind), for firms of any jurisdiction.
   *
   * @param catalog the catalogue, not null
   * @param date the date, not null
   * @return the screener, never null
   */
  public static Screener of(Catalog catalog, LocalDate date) {
    return of(catalog, date, ApplicationKind.NEW);
  }

  /**
   * Compiles every criteria that applies on a date to applications of a kind, for firms of any
   * jurisdiction; firms are screened as applying for that kind whatever their profile says.
   *
   * @param catalog the catalogue, not null
   * @param date the date, not null
   * @param kind the kind of application, not null
   * @return the screener, never null
   */
  public static Screener of(Catalog catalog, LocalDate date, ApplicationKind kind) {
    Checks.notNull(catalog, "catalog");
    Checks.notNull(date, "date");
    Checks.notNull(kind, "kind");
    List<EligibilityCriteria> criteria = new ArrayList<>();
    List<JurisdictionCode> where = new ArrayList<>();
    for (PolicyDocument d : catalog.documents()) {
      for (EligibilityCriteria c : d.criteria()) {
        if (c.appliesTo(kind, date, d.validity())) {
          criteria.add(c);
          // Criteria reach the firms under the jurisdiction recognising their tier
          // (Catalog.criteriaScope).
          where.add(catalog.criteriaScope(c.id()).recognisedBy());
        }
      }
    }
    Function<JurisdictionCode, Set<JurisdictionCode>> chains =
        code -> catalog.chain(code).stream().map(Jurisdiction::code).collect(Collectors.toSet());
    Screener screener =
        new Screener(criteria, where, chains, catalog.evaluator(), catalog.indicators());
    screener.date = Optional.of(date);
    screener.profileCheck = catalog::validate;
    return screener;
  }

  /**
   * Compiles given criteria that apply to firms of every jurisdiction, over the standard
   * indicators.
   *
   * @param criteria the criteria, not null
   * @return the screener, never null
   */
  public static Screener of(List<EligibilityCriteria> criteria) {
    return of(criteria, IndicatorRegistry.standard());
  }

  /**
   * Compiles given criteria that apply to firms of every jurisdiction, over an indicator vocabulary
   * (e.g. {@code catalog.indicators()}).
   *
   * @param criteria the criteria, not null
   * @param indicators the indicator definitions the criteria use, not null
   * @return the screener, never null
   */
  public static Screener of(List<EligibilityCriteria> criteria, IndicatorRegistry indicators) {
    Checks.notNull(criteria, "criteria");
    Checks.notNull(indicators, "indicators");
    List<JurisdictionCode> everywhere = criteria.stream().map(c -> JurisdictionCode.CN).toList();
    // A firm registered at the national level has the one-element chain {CN}: Set.of(CN, CN) would
    // throw.
    return new Screener(
        criteria,
        everywhere,
        code -> code.equals(JurisdictionCode.CN) ? Set.of(code) : Set.of(JurisdictionCode.CN, code),
        EligibilityEvaluator.of(indicators),
        indicators);
  }

  /**
   * Returns the criteria, in the column order of results.
   *
   * @return the criteria, never null
   */
  public List<EligibilityCriteria> criteria() {
    return criteria;
  }

  /**
   * Starts a population for this screener.
   *
   * @param capacity the expected number of firms (the builder grows beyond it), not negative
   * @param asOf the date tier holdings are checked on, not null
   * @return a new builder, never null
   * @throws NullPointerException naming {@code asOf} if it is null
   * @throws IllegalArgumentException if the capacity is negative
   */
  public Population.Builder populationBuilder(int capacity, LocalDate asOf) {
    Checks.notNull(asOf, "asOf");
    Checks.check(capacity >= 0, "capacity", capacity, "must not be negative");
    return new Population.Builder(this, capacity, asOf);
  }

  /**
   * Screens a population in parallel.
   *
   * @param population a population built by this screener, not null
   * @return the outcomes, never null
   * @throws IllegalArgumentException if another screener built the population (its columns are
   *     another's slots)
   */
  public ScreeningResult screen(Population population) {
    Checks.notNull(population, "population");
    if (population.owner != this) {
      throw new IllegalArgumentException(
          "Invalid population: it was built by another Screener; build it with this "
              + "screener's populationBuilder (columns are laid out per screener)");
    }
    int words = (population.size + 63) >>> 6;
    long[][] t = new long[compiled.size()][words];
    long[][] f = new long[compiled.size()][words];
    int chunks = (words + CHUNK_WORDS - 1) / CHUNK_WORDS;
    Compiled[] compiledArray = compiled.toArray(new Compiled[0]);
    boolean[][] applies = new boolean[population.jurisdictions.size()][];
    for (int j = 0; j < applies.length; j++) {
      applies[j] = applicability(population.jurisdictions.get(j));
    }
    IntStream.range(0, chunks)
        .parallel()
        .forEach(
            chunk -> {
              int block = Node.BLOCK;
              long[] nt = new long[nodes.length * block];
              long[] nf = new long[nodes.length * block];
              // The block a node was last evaluated for, plus one: a node shared by several
              // criteria is
              // evaluated once per block.
              int[] done = new int[nodes.length];
              boolean[] needed = new boolean[compiledArray.length];
              int end = Math.min(words, (chunk + 1) * CHUNK_WORDS);
              for (int w = chunk * CHUNK_WORDS; w < end; w += block) {
                int n = Math.min(block, end - w);
                // Rows are sorted by jurisdiction: the block's jurisdictions lie between its first
                // and last row's.
                int first = population.rowJurisdiction[w << 6];
                int last = population.rowJurisdiction[Math.min(population.size, (w + n) << 6) - 1];
                java.util.Arrays.fill(needed, false);
                for (int j = first; j <= last; j++) {
                  for (int c = 0; c < needed.length; c++) {
                    needed[c] |= applies[j][c];
                  }
                }
                int stamp = w + 1;
                for (int c = 0; c < compiledArray.length; c++) {
                  if (!needed[c]) {
                    continue;
                  }
                  Compiled cc = compiledArray[c];
                  for (int node : cc.nodes) {
                    if (done[node] != stamp) {
                      nodes[node].eval(population, w, n, nt, nf);
                      done[node] = stamp;
                    }
                  }
                  System.arraycopy(nt, cc.root * block, t[c], w, n);
                  System.arraycopy(nf, cc.root * block, f[c], w, n);
                }
              }
            });
    exactFallback(population, applies, t, f);
    return new ScreeningResult(criteria, population, applies, t, f);
  }

  /**
   * Screens the firms with values the fixed-point columns cannot hold (rare: money above about
   * 90亿元, or more than six decimals) with the exact engine, in parallel, for the criteria that
   * apply to each, without a trace; their profiles were validated when added.
   */
  private void exactFallback(Population population, boolean[][] applies, long[][] t, long[][] f) {
    if (population.exact.isEmpty()) {
      return;
    }
    List<Map.Entry<Integer, EnterpriseProfile>> firms = List.copyOf(population.exact.entrySet());
    List<Outcome[]> outcomes =
        firms.parallelStream()
            .map(
                e -> {
                  boolean[] applicable = applies[population.jurisdiction[e.getKey()]];
                  List<EligibilityCriteria> some = new ArrayList<>();
                  for (int c = 0; c < applicable.length; c++) {
                    if (applicable[c]) {
                      some.add(criteria.get(c));
                    }
                  }
                  // One validation per firm, then outcome-only evaluations.
                  List<Outcome> found = evaluator.outcomes(some, e.getValue(), population.asOf);
                  Outcome[] o = new Outcome[applicable.length];
                  for (int c = 0, k = 0; c < applicable.length; c++) {
                    o[c] = applicable[c] ? found.get(k++) : null;
                  }
                  return o;
                })
            .toList();
    // Written serially: firms of one word share its longs.
    for (int k = 0; k < firms.size(); k++) {
      int row = population.rowOf[firms.get(k).getKey()];
      long bit = 1L << (row & 63);
      Outcome[] o = outcomes.get(k);
      for (int c = 0; c < o.length; c++) {
        if (o[c] != null) {
          t[c][row >>> 6] =
              o[c] == Outcome.NOT_ELIGIBLE ? t[c][row >>> 6] & ~bit : t[c][row >>> 6] | bit;
          f[c][row >>> 6] =
              o[c] == Outcome.ELIGIBLE ? f[c][row >>> 6] & ~bit : f[c][row >>> 6] | bit;
        }
      }
    }
  }

  /**
   * Screens a list of profiles.
   *
   * @param profiles the firms, not null
   * @param asOf the date tier holdings are checked on, not null
   * @return the outcomes, in the order of the list, never null
   * @throws IllegalArgumentException naming the indicator and value of the first invalid profile
   */
  public ScreeningResult screen(List<EnterpriseProfile> profiles, LocalDate asOf) {
    Checks.notNull(profiles, "profiles");
    Population.Builder b = populationBuilder(profiles.size(), asOf);
    profiles.forEach(b::add);
    return screen(b.build());
  }

  /**
   * Explains one firm's result for one criteria with the full trace, on the date this screener was
   * compiled for by {@link #of(Catalog, LocalDate)}, so that it agrees with {@link #screen} on that
   * date whatever the profile's own as-of date. A screener of bare criteria has no date: it uses
   * the profile's as-of date (or counts every holding without one); prefer {@link
   * #explain(EnterpriseProfile, int, LocalDate)} with the screening date.
   *
   * @param profile the firm, not null
   * @param criteriaIndex the criteria's index in {@link #criteria()}
   * @return the explained report, never null
   * @throws IllegalArgumentException if the index is out of range or the profile invalid
   */
  public EligibilityReport explain(EnterpriseProfile profile, int criteriaIndex) {
    Checks.notNull(profile, "profile");
    return date.isPresent()
        ? explain(profile, criteriaIndex, date.get())
        : evaluator.evaluate(criterion(criteriaIndex), checked(profile));
  }

  /**
   * Explains one firm's result for one criteria with the full trace, on the screening date: the
   * outcome equals that of {@link #screen(List, LocalDate)} on the same date.
   *
   * @param profile the firm, not null
   * @param criteriaIndex the criteria's index in {@link #criteria()}
   * @param asOf the screening date, on which tier holdings are checked, not null
   * @return the explained report, never null
   * @throws IllegalArgumentException if the index is out of range or the profile invalid
   */
  public EligibilityReport explain(EnterpriseProfile profile, int criteriaIndex, LocalDate asOf) {
    Checks.notNull(profile, "profile");
    Checks.notNull(asOf, "asOf");
    return evaluator.evaluate(criterion(criteriaIndex), checked(profile), asOf);
  }

  private EligibilityCriteria criterion(int index) {
    Checks.check(
        index >= 0 && index < criteria.size(),
        "criteriaIndex",
        index,
        () -> "must be from 0 to " + (criteria.size() - 1));
    return criteria.get(index);
  }

  /**
   * The checks every profile passes before it is screened or explained: the catalogue's, then the
   * values'.
   */
  EnterpriseProfile checked(EnterpriseProfile profile) {
    profileCheck.accept(profile);
    evaluator.validate(profile);
    return profile;
  }

  /** Whether profiles get a catalogue's checks (dates against the as-of date among them). */
  boolean checksAgainstCatalogue() {
    return date.isPresent();
  }

  EligibilityEvaluator evaluator() {
    return evaluator;
  }

  boolean[] applicability(JurisdictionCode code) {
    return applicability.computeIfAbsent(
        code,
        c -> {
          Set<JurisdictionCode> chain = chains.apply(c);
          boolean[] applies = new boolean[criteria.size()];
          for (int i = 0; i < applies.length; i++) {
            applies[i] = chain.contains(criteriaJurisdiction.get(i));
          }
          return applies;
        });
  }

  /**
   * The bytes of columns screening reads per firm for some inputs, for the benchmarks' bandwidth
   * figures (called reflectively by {@code ScreeningBenchmark}): per slot, its known bit, the bits
   * of its code if coded (bit-sliced), and 8 bytes if it keeps raw values (a summand, or a slot cut
   * too finely for codes).
   */
  double bytesPerFirm(java.util.Collection<io.github.srdipolicy.engine.InputRef> inputs) {
    double bits = 0;
    for (int slot = 0; slot < slotCount(); slot++) {
      if (inputs.contains(inputOf(slot))) {
        bits += 1 + (encoding.of(slot) != null ? encoding.bits(slot) : 0);
        bits += encoding.keepsRaw(slot) ? 64 : 0;
      }
    }
    return bits / 8;
  }

  private io.github.srdipolicy.engine.InputRef inputOf(int slot) {
    if (slot < indicatorSlots.size()) {
      return io.github.srdipolicy.engine.InputRef.indicator(indicatorIds().get(slot));
    }
    if (slot < indicatorSlots.size() + declarationSlots.size()) {
      return io.github.srdipolicy.engine.InputRef.declaration(
          declarationKeys().get(slot - indicatorSlots.size()));
    }
    return io.github.srdipolicy.engine.InputRef.tier(
        List.copyOf(tierSlots.keySet())
            .get(slot - indicatorSlots.size() - declarationSlots.size()));
  }

  /** The number of distinct compiled nodes, for tests of sharing. */
  int nodeCount() {
    return nodes.length;
  }

  int slotCount() {
    return indicatorSlots.size() + declarationSlots.size() + tierSlots.size();
  }

  int indicatorSlot(IndicatorId id) {
    return indicatorSlots.getOrDefault(id, -1);
  }

  int declarationSlot(String key) {
    Integer s = declarationSlots.get(key);
    return s == null ? -1 : indicatorSlots.size() + s;
  }

  int tierSlot(TierId tier) {
    return indicatorSlots.size() + declarationSlots.size() + tierSlots.get(tier);
  }

  Set<TierId> tiers() {
    return tierSlots.keySet();
  }

  /** Declaration keys, in slot order. */
  List<String> declarationKeys() {
    return List.copyOf(declarationSlots.keySet());
  }

  /** Indicator slot ids, in slot order. */
  List<IndicatorId> indicatorIds() {
    return List.copyOf(indicatorSlots.keySet());
  }

  /** A compiled criteria: the ids of its nodes, children first, and the root's. */
  private static final class Compiled {
    final int[] nodes;
    final int root;

    Compiled(int[] nodes, int root) {
      this.nodes = nodes;
      this.root = root;
    }
  }

  /**
   * Turns criteria trees into nodes over the screener's slots, children first. A node equal to one
   * already compiled (same {@link Node#key()}) is not added again: its id is reused.
   */
  private final class Compiler implements ConditionVisitor<Integer> {
    private final IndicatorRegistry registry;
    final List<Node> nodes = new ArrayList<>();
    private final Map<String, Integer> ids = new java.util.HashMap<>();

    /** The nodes used by the criteria being compiled. */
    private final java.util.BitSet used = new java.util.BitSet();

    Compiler(IndicatorRegistry registry) {
      this.registry = registry;
    }

    Compiled compile(EligibilityCriteria c) {
      used.clear();
      int[] tracks =
          c.tracks().stream().map(Track::condition).mapToInt(t -> t.accept(this)).toArray();
      int anyTrack = add(id -> new Nodes.Any(id, tracks));
      int root = anyTrack;
      if (c.common().isPresent()) {
        // The common subtree first: a node's id is taken when it is made, after its children's.
        int common = c.common().get().accept(this);
        root = add(id -> new Nodes.All(id, new int[] {common, anyTrack}));
      }
      // Ids ascend from children to parents, so ascending order evaluates children first.
      return new Compiled(used.stream().toArray(), root);
    }

    /** Adds a node whose children (if any) have been added already. */
    private int add(java.util.function.IntFunction<Node> make) {
      Node node = make.apply(nodes.size());
      Integer id = ids.get(node.key());
      if (id == null) {
        id = nodes.size();
        nodes.add(node);
        ids.put(node.key(), id);
      }
      used.set(id);
      return id;
    }

    private int indicator(IndicatorId id) {
      registry.get(id);
      return indicatorSlots.computeIfAbsent(id, k -> indicatorSlots.size());
    }

    private int[] children(List<Condition> conditions) {
      return conditions.stream().mapToInt(x -> x.accept(this)).toArray();
    }

    @Override
    public Integer visitComparison(Comparison c) {
      int slot = indicator(c.indicator());
      FixedRange range = FixedRange.of(c.operator(), Fixed.exact(c.threshold(), c.id()));
      return add(id -> new Nodes.Compare(id, slot, range));
    }

    @Override
    public Integer visitStatus(Status c) {
      // The same test a comparison "= 1 flag" compiles to: a status is a flag value in its slot.
      int slot = indicator(c.indicator());
      FixedRange range = FixedRange.of(Operator.EQUAL_TO, Fixed.exact(c.requiredFlag(), c.id()));
      return add(id -> new Nodes.Compare(id, slot, range));
    }

    @Override
    public Integer visitSum(SumComparison c) {
      int[] slots = c.indicators().stream().mapToInt(this::indicator).toArray();
      boolean[] mayBeNegative = new boolean[slots.length];
      for (int k = 0; k < slots.length; k++) {
        mayBeNegative[k] =
            registry.get(c.indicators().get(k)).minimum().map(m -> m.signum() < 0).orElse(true);
      }
      FixedRange range = FixedRange.of(c.operator(), Fixed.exact(c.threshold(), c.id()));
      boolean upper = !c.operator().isLowerBound() && c.operator() != Operator.EQUAL_TO;
      return add(
          id -> new Nodes.Sum(id, slots, mayBeNegative, range, c.operator().isLowerBound(), upper));
    }

    @Override
    public Integer visitAllOf(AllOf c) {
      int[] kids = children(c.conditions());
      return add(id -> new Nodes.All(id, kids));
    }

    @Override
    public Integer visitAnyOf(AnyOf c) {
      int[] kids = children(c.conditions());
      return add(id -> new Nodes.Any(id, kids));
    }

    @Override
    public Integer visitAtLeast(AtLeast c) {
      int[] kids = children(c.conditions());
      return add(id -> new Nodes.AtLeastN(id, kids, c.count()));
    }

    @Override
    public Integer visitBanded(Banded c) {
      int slot = indicator(c.indicator());
      int n = c.bands().size();
      FixedRange[] ranges = new FixedRange[n];
      int[] then = new int[n];
      for (int b = 0; b < n; b++) {
        Band band = c.bands().get(b);
        ranges[b] = FixedRange.of(band.range(), c.id());
        then[b] = band.then().map(x -> x.accept(this)).orElse(-1);
      }
      boolean covers = c.coversAllValuesOf(registry.get(c.indicator()));
      return add(id -> new Nodes.Bands(id, slot, ranges, then, covers));
    }

    @Override
    public Integer visitHoldsTier(HoldsTier c) {
      tierSlots.computeIfAbsent(c.tier(), k -> tierSlots.size());
      int slot = tierSlot(c.tier());
      return add(id -> new Nodes.Compare(id, slot, FixedRange.of(Operator.EQUAL_TO, Fixed.ONE)));
    }

    @Override
    public Integer visitQualitative(Qualitative c) {
      declarationSlots.computeIfAbsent(c.declaration(), k -> declarationSlots.size());
      int slot = declarationSlot(c.declaration());
      return add(id -> new Nodes.Compare(id, slot, FixedRange.of(Operator.EQUAL_TO, Fixed.ONE)));
    }

    @Override
    public Integer visitScorecard(Scorecard c) {
      List<ScoreItem> items = c.items();
      int n = items.size();
      List<String> categories = items.stream().map(ScoreItem::category).distinct().toList();
      int[] slots = new int[n];
      int[] category = new int[n];
      FixedRange[][] ranges = new FixedRange[n][];
      long[][] points = new long[n][];
      long[] minPoints = new long[n];
      long[] maxPoints = new long[n];
      for (int i = 0; i < n; i++) {
        ScoreItem item = items.get(i);
        slots[i] = indicator(item.indicator());
        category[i] = categories.indexOf(item.category());
        int m = item.bands().size();
        ranges[i] = new FixedRange[m];
        points[i] = new long[m];
        for (int b = 0; b < m; b++) {
          ranges[i][b] = FixedRange.of(item.bands().get(b).range(), c.id());
          points[i][b] = Fixed.of(item.bands().get(b).points());
        }
        minPoints[i] = Fixed.of(item.minPoints());
        maxPoints[i] = Fixed.of(item.maxPoints());
      }
      long[] catMin = new long[categories.size()];
      for (int k = 0; k < catMin.length; k++) {
        java.math.BigDecimal min = c.categoryMinimums().get(categories.get(k));
        catMin[k] = min == null ? Long.MIN_VALUE : Fixed.of(min);
      }
      long total = Fixed.of(c.minimumTotal());
      return add(
          id ->
              new Nodes.Score(
                  id, slots, category, ranges, points, minPoints, maxPoints, total, catMin));
    }
  }
}
