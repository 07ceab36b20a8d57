package io.github.srdipolicy.catalog;

import io.github.srdipolicy.model.DocumentId;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.Tier;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Which firms a set of criteria reaches, and on whose authority.
 *
 * <p>The rule: <b>criteria belong to the jurisdiction that recognises their tier</b> ({@link
 * Tier#jurisdiction()}), not to the document that states them. They reach every firm whose chain of
 * jurisdictions contains the recogniser. When the document was issued by another jurisdiction
 * (金政发〔2022〕33号 of 金湖县 restating the Jiangsu provincial criteria in its annexes 1 and 4 and the
 * Huai'an city ones in annex 5), the criteria are a <em>restatement</em>: they reach every Jiangsu
 * (or Huai'an) firm all the same, but only in the version that document cites on its date, which
 * {@link #caveat()} says. Immutable and thread-safe.
 */
public final class CriteriaScope {
  private final FactId criteria;
  private final Tier tier;
  private final Jurisdiction recognisedBy;
  private final PolicyDocument document;
  private final Jurisdiction statedBy;

  CriteriaScope(
      FactId criteria,
      Tier tier,
      Jurisdiction recognisedBy,
      PolicyDocument document,
      Jurisdiction statedBy) {
    this.criteria = criteria;
    this.tier = tier;
    this.recognisedBy = recognisedBy;
    this.document = document;
    this.statedBy = statedBy;
  }

  /**
   * Returns the criteria's id.
   *
   * @return the id, never null
   */
  public FactId criteria() {
    return criteria;
  }

  /**
   * Returns the jurisdiction that recognises the criteria's tier: every firm under it is reached.
   *
   * @return the recognising jurisdiction's code, never null
   */
  public JurisdictionCode recognisedBy() {
    return recognisedBy.code();
  }

  /**
   * Returns the document the criteria are encoded from.
   *
   * @return the document number, never null
   */
  public DocumentId document() {
    return document.id();
  }

  /**
   * Returns the jurisdiction that issued that document.
   *
   * @return its code, never null
   */
  public JurisdictionCode statedBy() {
    return statedBy.code();
  }

  /**
   * Tells whether the document was issued by another jurisdiction than the recogniser.
   *
   * @return true for a restatement, such as a county document citing provincial criteria
   */
  public boolean isRestatement() {
    return !recognisedBy.code().equals(statedBy.code());
  }

  /**
   * Returns, for a restatement, the caveat to show with every result: whose criteria these are,
   * which document restates them and from which date, and that the recogniser's own current text
   * prevails.
   *
   * @return the caveat, empty unless {@link #isRestatement()}
   */
  public Optional<LocalizedText> caveat() {
    if (!isRestatement()) {
      return Optional.empty();
    }
    LocalDate date = document.issued().orElse(document.validity().start());
    return Optional.of(
        LocalizedText.of(
            "此为"
                + recognisedBy.name().zh()
                + "认定"
                + tier.name().zh()
                + "的条件，按"
                + statedBy.name().zh()
                + ""
                + document.id()
                + "（"
                + date
                + "）所引述的版本编码；以"
                + recognisedBy.name().zh()
                + "现行认定文件为准。",
            "These are "
                + recognisedBy.name().en()
                + "'s criteria for "
                + tier.name().en()
                + ", in the version that "
                + document.id()
                + " of "
                + statedBy.name().en()
                + " restates on its date ("
                + date
                + "); "
                + recognisedBy.name().en()
                + "'s own current recognition documents prevail."));
  }

  @Override
  public String toString() {
    return criteria
        + " recognised by "
        + recognisedBy.code()
        + (isRestatement() ? ", restated by " + statedBy.code() + " in " + document.id() : "");
  }
}
