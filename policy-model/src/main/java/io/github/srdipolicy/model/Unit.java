package io.github.srdipolicy.model;

import java.math.BigDecimal;

/**
 * The unit a {@link Quantity} is written in, with its factor to the base unit of its kind.
 *
 * <p>Money is kept in the document's display unit (万元, 亿元) and compared in yuan; percentages are
 * compared as fractions. Counts have one unit per kind of thing counted, and two count units are
 * never converted into each other.
 */
public enum Unit {
  /** 元, the base unit of money. */
  YUAN(ValueKind.MONEY, "1", "元", "CNY"),
  /** 万元 = 10,000 yuan. */
  WAN_YUAN(ValueKind.MONEY, "10000", "万元", "×10k CNY"),
  /** 亿元 = 100,000,000 yuan. */
  YI_YUAN(ValueKind.MONEY, "100000000", "亿元", "×100M CNY"),
  /** A plain fraction, the base unit of ratios. */
  FRACTION(ValueKind.RATIO, "1", "", ""),
  /** Percent: 3 PERCENT is the fraction 0.03. */
  PERCENT(ValueKind.RATIO, "0.01", "%", "%"),
  /** Firms (户 / 家). */
  ENTERPRISES(ValueKind.COUNT, "1", "家", "firms"),
  /** Items of intellectual property (件 / 项): patents, copyrights. */
  IP_ITEMS(ValueKind.COUNT, "1", "项", "IP items"),
  /** Other countable items (项 / 个): standards, awards, products, projects. */
  ITEMS(ValueKind.COUNT, "1", "个", "items"),
  /** Platforms, bases, institutions, workshops or factories (个 / 家). */
  FACILITIES(ValueKind.COUNT, "1", "个", "facilities"),
  /** Industrial clusters (集群, 个). */
  CLUSTERS(ValueKind.COUNT, "1", "个", "clusters"),
  /** Industrial chains (产业链, 条): not clusters, and never converted into them. */
  CHAINS(ValueKind.COUNT, "1", "条", "chains"),
  /** People (人 / 名). */
  PERSONS(ValueKind.COUNT, "1", "人", "persons"),
  /** Person-times (人次): participations, not distinct people. */
  PERSON_TIMES(ValueKind.COUNT, "1", "人次", "person-times"),
  /** Events (次 / 场). */
  EVENTS(ValueKind.COUNT, "1", "次", "events"),
  /** Rank position (位 / 名). */
  RANK(ValueKind.RANK, "1", "位", "rank"),
  /** Years of duration. */
  YEARS(ValueKind.YEARS, "1", "年", "years"),
  /** A calendar year. */
  CALENDAR_YEAR(ValueKind.CALENDAR_YEAR, "1", "年", ""),
  /** A date as epoch day. */
  EPOCH_DAY(ValueKind.DATE, "1", "", ""),
  /** 1 for yes, 0 for no. */
  FLAG(ValueKind.STATUS, "1", "", ""),
  /** The rank of a {@link RecognitionLevel}. */
  LEVEL(ValueKind.LEVEL, "1", "", ""),
  /** Points of a score (分). */
  POINTS(ValueKind.SCORE, "1", "分", "points");

  private final ValueKind kind;
  private final BigDecimal factor;
  private final String zhSymbol;
  private final String enSymbol;

  Unit(ValueKind kind, String factor, String zhSymbol, String enSymbol) {
    this.kind = kind;
    this.factor = new BigDecimal(factor);
    this.zhSymbol = zhSymbol;
    this.enSymbol = enSymbol;
  }

  /**
   * Returns the kind of value this unit measures.
   *
   * @return the kind, never null
   */
  public ValueKind kind() {
    return kind;
  }

  /**
   * Returns the factor that converts an amount in this unit to the base unit of its kind.
   *
   * @return the exact factor, never null
   */
  public BigDecimal factor() {
    return factor;
  }

  /**
   * Returns the symbol used in Chinese labels, such as 万元.
   *
   * @return the symbol, possibly empty
   */
  public String zhSymbol() {
    return zhSymbol;
  }

  /**
   * Returns the symbol used in English labels.
   *
   * @return the symbol, possibly empty
   */
  public String enSymbol() {
    return enSymbol;
  }

  /**
   * Whether quantities in the two units can be compared: same kind, and for counts the same unit.
   *
   * @param other the other unit, not null
   * @return true if comparable
   */
  public boolean isCompatibleWith(Unit other) {
    return kind == other.kind && (kind != ValueKind.COUNT || this == other);
  }
}
