package io.github.srdipolicy.profile;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.internal.Checks;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.ValueKind;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A firm's figures for one financial year, as its accounts state them. Every figure may be missing;
 * money is a {@link Quantity} in any money unit (元, 万元, 亿元).
 *
 * <p>Checked on construction, each violation throwing {@link IllegalArgumentException} naming the
 * field and the value: money fields hold money; revenues, R&amp;D expenditure, assets, liabilities
 * and head counts are not negative (profits may be); main-business revenue does not exceed
 * operating revenue and R&amp;D staff do not outnumber employees, when both are given. Immutable
 * and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableYearlyFigures.class)
@JsonDeserialize(as = ImmutableYearlyFigures.class)
public abstract class YearlyFigures {
  /**
   * Returns the financial (calendar) year the figures are for.
   *
   * @return the year
   */
  public abstract int year();

  /**
   * Returns 营业收入, operating revenue.
   *
   * @return the amount, empty if not known
   */
  public abstract Optional<Quantity> operatingRevenue();

  /**
   * Returns 主营业务收入, main-business revenue.
   *
   * @return the amount, empty if not known
   */
  public abstract Optional<Quantity> mainBusinessRevenue();

  /**
   * Returns 研发经费支出, R&amp;D expenditure.
   *
   * @return the amount, empty if not known
   */
  public abstract Optional<Quantity> rndExpenditure();

  /**
   * Returns 利润总额, total profit (may be negative).
   *
   * @return the amount, empty if not known
   */
  public abstract Optional<Quantity> totalProfit();

  /**
   * Returns 净利润, net profit (may be negative).
   *
   * @return the amount, empty if not known
   */
  public abstract Optional<Quantity> netProfit();

  /**
   * Returns 资产总额, total assets at the year end.
   *
   * @return the amount, empty if not known
   */
  public abstract Optional<Quantity> totalAssets();

  /**
   * Returns 负债总额, total liabilities at the year end.
   *
   * @return the amount, empty if not known
   */
  public abstract Optional<Quantity> totalLiabilities();

  /**
   * Returns 职工总数, the number of employees.
   *
   * @return the head count, empty if not known
   */
  public abstract OptionalInt employees();

  /**
   * Returns 研发人员数, the number of R&amp;D staff.
   *
   * @return the head count, empty if not known
   */
  public abstract OptionalInt rndStaff();

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link YearlyFigures} values: set the attributes, then {@code build()} checks and
   * returns one.
   */
  public static final class Builder extends ImmutableYearlyFigures.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    money("operatingRevenue", operatingRevenue(), true);
    money("mainBusinessRevenue", mainBusinessRevenue(), true);
    money("rndExpenditure", rndExpenditure(), true);
    money("totalProfit", totalProfit(), false);
    money("netProfit", netProfit(), false);
    money("totalAssets", totalAssets(), true);
    money("totalLiabilities", totalLiabilities(), true);
    employees().ifPresent(n -> Checks.check(n >= 0, field("employees"), n, "must not be negative"));
    rndStaff().ifPresent(n -> Checks.check(n >= 0, field("rndStaff"), n, "must not be negative"));
    if (operatingRevenue().isPresent() && mainBusinessRevenue().isPresent()) {
      Checks.check(
          mainBusinessRevenue().get().compareTo(operatingRevenue().get()) <= 0,
          field("mainBusinessRevenue"),
          mainBusinessRevenue().get(),
          "must not exceed operating revenue " + operatingRevenue().get());
    }
    if (employees().isPresent() && rndStaff().isPresent()) {
      Checks.check(
          rndStaff().getAsInt() <= employees().getAsInt(),
          field("rndStaff"),
          rndStaff().getAsInt(),
          "must not exceed employees " + employees().getAsInt());
    }
  }

  private void money(String name, Optional<Quantity> value, boolean nonNegative) {
    value.ifPresent(
        q -> {
          Checks.check(
              q.kind() == ValueKind.MONEY,
              field(name),
              q,
              "must be money (元, 万元 or 亿元), not " + q.unit());
          if (nonNegative) {
            Checks.check(q.amount().signum() >= 0, field(name), q, "must not be negative");
          }
        });
  }

  // The year in the field name tells the user which of several years is wrong.
  private String field(String name) {
    return name + " of " + year();
  }
}
