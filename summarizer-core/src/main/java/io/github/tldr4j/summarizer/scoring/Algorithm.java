package io.github.tldr4j.summarizer.scoring;

import io.github.tldr4j.summarizer.ScoringWeights;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The built-in sentence scorers, by name. Pick one with {@code
 * Summarizer.builder().algorithm(Algorithm.LEXRANK)}, or by its {@link #id() id} on the command
 * line ({@code --algorithm lexrank}). Every algorithm shares the same segmentation, Lucene analysis
 * and budgeted selection; they differ only in how they score sentences. See the package
 * documentation for each one's paper, parameters and cost, and for how to add one.
 *
 * @since 0.1
 */
public enum Algorithm {

  /**
   * The default: TF-IDF keyword and centrality features, lead bias, title overlap and length, with
   * weights fitted on the development sets ({@link TfIdfPositionScorer}, {@link ScoringWeights}).
   */
  TFIDF("tfidf"),

  /** Continuous LexRank (Erkan and Radev 2004): a random walk on IDF-modified cosine similarity. */
  LEXRANK("lexrank"),

  /**
   * Threshold LexRank (Erkan and Radev 2004, their Algorithm 3): the undamped walk on the graph
   * of similarities > 0.1 with self-links, computed exactly (in each connected component, scores
   * proportional to degree), between sentences as vectors of words (terms with a digit left out);
   * a sentence without links scores 0, and equal scores tie.
   */
  LEXRANK_THRESHOLD("lexrank-threshold"),

  /** TextRank (Mihalcea and Tarau 2004): a random walk on word-overlap similarity. */
  TEXTRANK("textrank"),

  /** Reduction (Fabish, as in sumy): the sum of a sentence's word-overlap similarities. */
  REDUCTION("reduction"),

  /**
   * LSA (Steinberger and Ježek 2004), the AutoTL;DR bot's algorithm through sumy: a sentence's
   * length in the 3-dimensional latent space of the term-by-sentence matrix.
   */
  LSA("lsa"),

  /** Luhn (1958): the densest cluster of significant (frequent) words ({@code LuhnScorer}). */
  LUHN("luhn"),

  /**
   * Edmundson (1969): cue words, title words and location, his preferred combination ({@code
   * EdmundsonScorer}); the cue words are stigma words (hedges), whose meaning holds in any genre.
   */
  EDMUNDSON("edmundson"),

  /**
   * SumBasic (Nenkova and Vanderwende 2005): greedy by average word probability among the
   * sentences that hold the most probable word, the probabilities of the words chosen squared after
   * each choice ({@code SumBasicScorer}).
   */
  SUMBASIC("sumbasic"),

  /**
   * KL-Sum (Haghighi and Vanderwende 2009): greedy toward the smallest KL divergence from the
   * document's word distribution ({@code KlSumScorer}).
   */
  KLSUM("klsum");

  private final String id;

  Algorithm(String id) {
    this.id = id;
  }

  /**
   * Returns the algorithm's name on the command line and in JSON Lines input: lower case, such as
   * {@code "lexrank"}.
   *
   * @return the name
   */
  public String id() {
    return id;
  }

  /**
   * Returns this algorithm's scorer with its default parameters. Scorers are immutable and
   * thread-safe.
   *
   * @return the scorer
   */
  public SentenceScorer scorer() {
    // A switch, not a constructor reference per constant: each reference is linked through a
    // method handle when the class is initialized, at every start of a short tldr run (issue 11).
    switch (this) {
      case TFIDF:
        return TfIdfPositionScorer.of(ScoringWeights.defaults());
      case LEXRANK:
        return LexRankScorer.continuous();
      case LEXRANK_THRESHOLD:
        return LexRankScorer.threshold();
      case TEXTRANK:
        return new TextRankScorer();
      case REDUCTION:
        return new ReductionScorer();
      case LSA:
        return new LsaScorer();
      case LUHN:
        return new LuhnScorer();
      case EDMUNDSON:
        return new EdmundsonScorer();
      case SUMBASIC:
        return new SumBasicScorer();
      case KLSUM:
        return new KlSumScorer();
      default:
        throw new AssertionError(this);
    }
  }

  /**
   * Looks an algorithm up by its {@link #id() id}, ignoring case.
   *
   * @param name the name, such as {@code "lsa"}
   * @return the algorithm
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if no algorithm has that name; the message lists the valid
   *     names
   */
  public static Algorithm forName(String name) {
    Objects.requireNonNull(name, "name");
    String key = name.trim().toLowerCase(Locale.ROOT);
    for (Algorithm a : values()) {
      if (a.id.equals(key)) {
        return a;
      }
    }
    throw new IllegalArgumentException(
        "unknown algorithm '" + name + "'; valid: " + names());
  }

  /**
   * Returns the valid names, comma separated, in declaration order.
   *
   * @return for example {@code "tfidf, lexrank, textrank"}
   */
  public static String names() {
    return Arrays.stream(values()).map(Algorithm::id).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return id;
  }
}
