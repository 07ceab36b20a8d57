package io.github.srdipolicy.model;

/**
 * A visitor over the shapes of {@link Condition}, so that evaluators and compilers handle every
 * shape or fail to compile.
 *
 * @param <R> the result type
 */
public interface ConditionVisitor<R> {
  /**
   * Visits a comparison.
   *
   * @param c the condition
   * @return the result
   */
  R visitComparison(Comparison c);

  /**
   * Visits a yes/no status test.
   *
   * @param c the condition
   * @return the result
   */
  R visitStatus(Status c);

  /**
   * Visits a sum comparison.
   *
   * @param c the condition
   * @return the result
   */
  R visitSum(SumComparison c);

  /**
   * Visits an all-of.
   *
   * @param c the condition
   * @return the result
   */
  R visitAllOf(AllOf c);

  /**
   * Visits an any-of.
   *
   * @param c the condition
   * @return the result
   */
  R visitAnyOf(AnyOf c);

  /**
   * Visits an at-least-n-of.
   *
   * @param c the condition
   * @return the result
   */
  R visitAtLeast(AtLeast c);

  /**
   * Visits a banded condition.
   *
   * @param c the condition
   * @return the result
   */
  R visitBanded(Banded c);

  /**
   * Visits a holds-tier condition.
   *
   * @param c the condition
   * @return the result
   */
  R visitHoldsTier(HoldsTier c);

  /**
   * Visits a qualitative condition.
   *
   * @param c the condition
   * @return the result
   */
  R visitQualitative(Qualitative c);

  /**
   * Visits a scorecard.
   *
   * @param c the condition
   * @return the result
   */
  R visitScorecard(Scorecard c);
}
