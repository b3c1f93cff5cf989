package io.github.tldr4j.summarizer;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How much of a text a summary may keep: a number of words, a number of sentences, or a share of
 * the original words.
 *
 * <p>A word budget is a hard ceiling: the summary never contains more words than it allows, and is
 * empty when no sentence fits (sentences are never cut). Words are counted as the AutoTL;DR bots
 * count them, as maximal runs of non-whitespace characters (see {@link CompressionStats}). A ratio
 * budget {@code r} allows {@code floor(r * originalWords)} words ({@link
 * CompressionStats#originalWords()}: the words of all sentences), but never less than one sentence:
 * when no sentence of a text fits, the summary is its best sentence alone, so that a short text
 * (two sentences of three words at 30%: one word) still gets its best sentence rather than nothing.
 * A sentence budget keeps at most that many sentences.
 *
 * <p>Instances are immutable value objects, safe to share between threads and to store in
 * constants.
 *
 * @since 0.1
 */
public final class Budget {

  private enum Kind {
    WORDS,
    SENTENCES,
    RATIO
  }

  /**
   * A plain decimal number, with an optional exponent: {@code 0.25}, {@code .5}, {@code 1e-1}.
   * Compiled on first use: a budget in words or sentences needs no regular expression.
   */
  private static final class Decimal {
    static final Pattern PATTERN =
        Pattern.compile("([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");
  }

  private final Kind kind;
  private final int limit;
  private final double ratio;

  private Budget(Kind kind, int limit, double ratio) {
    this.kind = kind;
    this.limit = limit;
    this.ratio = ratio;
  }

  /**
   * A budget of at most {@code maxWords} words.
   *
   * @param maxWords the word ceiling, at least 1
   * @return the budget
   * @throws IllegalArgumentException if {@code maxWords} is less than 1
   */
  public static Budget words(int maxWords) {
    if (maxWords < 1) {
      throw new IllegalArgumentException("word budget must be at least 1: " + maxWords);
    }
    return new Budget(Kind.WORDS, maxWords, Double.NaN);
  }

  /**
   * A budget of at most {@code maxSentences} sentences.
   *
   * @param maxSentences the sentence ceiling, at least 1
   * @return the budget
   * @throws IllegalArgumentException if {@code maxSentences} is less than 1
   */
  public static Budget sentences(int maxSentences) {
    if (maxSentences < 1) {
      throw new IllegalArgumentException("sentence budget must be at least 1: " + maxSentences);
    }
    return new Budget(Kind.SENTENCES, maxSentences, Double.NaN);
  }

  /**
   * A budget of a share of the original words: at most {@code floor(ratio * originalWords)} words,
   * or the best sentence alone when no sentence fits that many.
   *
   * @param ratio the share, greater than 0 and at most 1
   * @return the budget
   * @throws IllegalArgumentException if {@code ratio} is not in (0, 1] (NaN included)
   */
  public static Budget ratio(double ratio) {
    if (!(ratio > 0.0 && ratio <= 1.0)) {
      throw new IllegalArgumentException("ratio budget must be in (0, 1]: " + ratio);
    }
    return new Budget(Kind.RATIO, 0, ratio);
  }

  /**
   * A budget from a unit name and a value written as text, as a command line or a configuration
   * gives them: {@code of("words", "75")}, {@code of("sentences", "3")}, {@code of("ratio", "0.3")}.
   * The {@code tldr} command line and the Spark job and functions check their budgets here, so
   * they accept the same values and say the same thing about the others.
   *
   * @param unit {@code words}, {@code sentences} or {@code ratio} (case-insensitive)
   * @param value for words and sentences a positive whole number (surrounding whitespace is
   *     ignored); for a ratio a plain decimal number ({@code 0.25}, {@code .5}, {@code 1e-1})
   *     greater than 0 and at most 1
   * @return the budget
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException for an unknown unit ({@code unknown budget unit 'pages':
   *     words, sentences or ratio}) or an invalid value, naming the unit and the value as given:
   *     {@code words must be a positive whole number, got '0'}, {@code ratio must be a number
   *     greater than 0 and at most 1, got '1.5'}
   * @since 0.1
   */
  public static Budget of(String unit, String value) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(value, "value");
    String name = unit.toLowerCase(Locale.ROOT);
    switch (name) {
      case "words":
        return words(positive(name, value));
      case "sentences":
        return sentences(positive(name, value));
      case "ratio":
        double ratio =
            Decimal.PATTERN.matcher(value).matches() ? Double.parseDouble(value) : Double.NaN;
        if (!(ratio > 0.0 && ratio <= 1.0)) {
          throw new IllegalArgumentException(
              "ratio must be a number greater than 0 and at most 1, got '" + value + "'");
        }
        return ratio(ratio);
      default:
        throw new IllegalArgumentException(
            "unknown budget unit '" + unit + "': words, sentences or ratio");
    }
  }

  private static int positive(String unit, String value) {
    int n;
    try {
      n = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      n = 0;
    }
    if (n < 1) {
      throw new IllegalArgumentException(
          unit + " must be a positive whole number, got '" + value + "'");
    }
    return n;
  }

  /**
   * Returns the word ceiling this budget sets for a text of {@code originalWords} words, or
   * {@link Integer#MAX_VALUE} for a sentence budget. (A ratio budget still allows one sentence
   * when none fits this ceiling.)
   *
   * @param originalWords the number of words in the original text ({@link
   *     CompressionStats#originalWords()})
   * @return the maximum number of summary words
   */
  public int maxWords(int originalWords) {
    switch (kind) {
      case WORDS:
        return limit;
      case RATIO:
        return (int) Math.floor(ratio * originalWords + 1e-9);
      default:
        return Integer.MAX_VALUE;
    }
  }

  /** Whether a summary within this budget keeps one sentence when none fits: ratio budgets do. */
  boolean keepsOneSentence() {
    return kind == Kind.RATIO;
  }

  /**
   * Returns the sentence ceiling, or {@link Integer#MAX_VALUE} for word and ratio budgets.
   *
   * @return the maximum number of summary sentences
   */
  public int maxSentences() {
    return kind == Kind.SENTENCES ? limit : Integer.MAX_VALUE;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Budget)) {
      return false;
    }
    Budget other = (Budget) o;
    return kind == other.kind
        && limit == other.limit
        && Double.doubleToLongBits(ratio) == Double.doubleToLongBits(other.ratio);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * kind.hashCode() + limit) + Double.hashCode(ratio);
  }

  /**
   * Returns the factory call that creates this budget, e.g. {@code Budget.words(75)}.
   *
   * @return a readable description
   */
  @Override
  public String toString() {
    switch (kind) {
      case WORDS:
        return "Budget.words(" + limit + ")";
      case SENTENCES:
        return "Budget.sentences(" + limit + ")";
      default:
        return String.format(Locale.ROOT, "Budget.ratio(%s)", ratio);
    }
  }
}
