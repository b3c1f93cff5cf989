package io.github.tldr4j.summarizer;

import java.util.Locale;

/**
 * The weights of the sentence-scoring model: a sentence's score is the weighted sum of features,
 * each scaled to [0, 1] within its document.
 *
 * <ul>
 *   <li>{@code keywords}: the sum of the TF-IDF weights of the sentence's distinct terms, divided by
 *       the square root of their number (rewards sentences dense in the document's key terms).
 *   <li>{@code centrality}: the cosine similarity of the sentence's TF-IDF vector to the rest of
 *       the document's (rewards sentences that say what the document says).
 * </ul>
 *
 * <p>In both, a term's weight in the document counts only its occurrences outside the sentence
 * (leave one out): a term the sentence alone uses, such as a name mentioned once, says nothing
 * about what the rest of the document is about, and would otherwise carry the highest inverse
 * document frequency and match itself.
 *
 * <ul>
 *   <li>{@code position}: lead bias, {@code 1 / (1 + index)}; in a document of {@code n > 40}
 *       sentences {@code 1 / (1 + index * 40 / n)}, so that a long article's lead is not just its
 *       first five sentences, blended with a slow decline over the whole document, {@code 1 / (1 +
 *       5 * index / n)}, which weighs up to twice as much as the lead in a very long one ({@code 2
 *       * (1 - 40 / n)} times), so that an article's second half ranks below its first.
 *   <li>{@code paragraphStart}: 1 for the first sentence of a paragraph, else 0.
 *   <li>{@code title}: the share of the title's terms that the sentence contains (0 without a
 *       title).
 *   <li>{@code length}: {@code min(1, words / 12)}, a penalty for very short sentences.
 *   <li>{@code brevity}: {@code 1 - min(1, words / 60)}, a preference for concise sentences; in
 *       a document of more than 40 sentences, 0 for a sentence with an aside in brackets.
 *   <li>{@code frequency}: the sum, over the sentence's terms (repeats included), of how many more
 *       times each occurs in the document (Luhn's significance: a term used once counts for
 *       nothing). Favours long sentences full of the document's recurring terms. In a document of
 *       more than 40 sentences it is the mean per term instead of the sum (in a long article the
 *       main terms recur in nearly every sentence, and the sum would measure length). Its weight is
 *       multiplied by the cube of the budget's share of the document (the smaller of the word
 *       ceiling over the document's words and the sentence ceiling over its sentences): it shapes
 *       a 40% extract, and barely touches a three-sentence summary of a long article, which the
 *       lead and concise sentences serve better.
 * </ul>
 *
 * <p>{@code redundancy} is used while selecting: a candidate's score is lowered by {@code
 * redundancy} times the share of its terms that sentences already chosen contain.
 *
 * <p>The defaults were fitted on the development sets (see the project README). All weights are
 * finite and non-negative; immutable value object.
 *
 * @param keywords weight of the TF-IDF keyword density feature
 * @param centrality weight of the similarity to the document
 * @param position weight of the lead bias
 * @param paragraphStart weight of the paragraph-start indicator
 * @param title weight of the title overlap
 * @param length weight of the short-sentence penalty
 * @param brevity weight of the preference for concise sentences
 * @param frequency weight of the frequency feature at a budget of the whole document
 * @param redundancy penalty on overlap with already chosen sentences
 * @since 0.1
 */
public record ScoringWeights(
    double keywords,
    double centrality,
    double position,
    double paragraphStart,
    double title,
    double length,
    double brevity,
    double frequency,
    double redundancy) {

  private static final ScoringWeights DEFAULTS =
      new ScoringWeights(2.01, 4.12, 8.66, 0.41, 3.14, 7.18, 6.25, 93.8, 3.18);

  /**
   * Validates the weights.
   *
   * @param keywords weight of the TF-IDF keyword density feature
   * @param centrality weight of the similarity to the document
   * @param position weight of the lead bias
   * @param paragraphStart weight of the paragraph-start indicator
   * @param title weight of the title overlap
   * @param length weight of the short-sentence penalty
   * @param brevity weight of the preference for concise sentences
   * @param frequency weight of the frequency feature at a budget of the whole document
   * @param redundancy penalty on overlap with already chosen sentences
   * @throws IllegalArgumentException if a weight is negative, NaN or infinite, or all scoring
   *     weights are zero
   */
  public ScoringWeights {
    check("keywords", keywords);
    check("centrality", centrality);
    check("position", position);
    check("paragraphStart", paragraphStart);
    check("title", title);
    check("length", length);
    check("brevity", brevity);
    check("frequency", frequency);
    check("redundancy", redundancy);
  }

  private static void check(String name, double value) {
    if (!(value >= 0.0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "weight %s must be finite and non-negative: %s", name, value));
    }
  }

  /**
   * Returns the default weights, fitted on the development data.
   *
   * @return the defaults
   */
  public static ScoringWeights defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with another position weight.
   *
   * @param weight the new weight of the lead bias
   * @return the new weights
   * @throws IllegalArgumentException if {@code weight} is negative or not finite
   */
  public ScoringWeights withPosition(double weight) {
    return new ScoringWeights(
        keywords, centrality, weight, paragraphStart, title, length, brevity, frequency, redundancy);
  }

  /**
   * Returns a copy with another redundancy penalty.
   *
   * @param weight the new penalty
   * @return the new weights
   * @throws IllegalArgumentException if {@code weight} is negative or not finite
   */
  public ScoringWeights withRedundancy(double weight) {
    return new ScoringWeights(
        keywords, centrality, position, paragraphStart, title, length, brevity, frequency, weight);
  }
}
