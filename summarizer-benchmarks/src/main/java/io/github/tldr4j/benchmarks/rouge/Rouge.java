package io.github.tldr4j.benchmarks.rouge;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * ROUGE-1, ROUGE-2 and summary-level ROUGE-L with the semantics of the ROUGE-1.5.5 Perl script run
 * as {@code ROUGE-1.5.5.pl -n 2 -m -a} (per-document scores; average them with {@link
 * RougeAverage}).
 *
 * <pre>{@code
 * Rouge rouge = Rouge.rouge155();         // ROUGE-1.5.5 tokenization, Porter + WordNet (-m)
 * RougeResult r = rouge.score(
 *     List.of("Police shot the gunman.", "He had hostages."), // summary sentences
 *     List.of(List.of("The gunman was shot by police.")));    // one reference, by sentence
 * double f = r.rougeL().f1();
 * Rouge french = Rouge.builder().unicode(true).language("fr").stemming(true).build();
 * }</pre>
 *
 * <p>Instances are immutable (apart from internal stem caches) and safe for use by multiple
 * concurrent threads; build one and share it.
 *
 * @since 0.1
 */
public final class Rouge {
  /*
   * ROUGE-1.5.5 semantics reproduced here (Lin 2004 [1]; the script's computeNGramScore,
   * computeLCSScore and lcs subroutines):
   *
   * - Tokens: see Rouge155Tokenizer / UnicodeTokenizer. ROUGE-N counts n-grams over the tokens of
   *   all sentences joined, so n-grams cross sentence boundaries; hits are clipped per n-gram,
   *   min(count in summary, count in reference).
   * - ROUGE-L (summary level, "rougeLsum"): for each reference sentence, the union of the positions
   *   it shares with each summary sentence through one LCS (the textbook dynamic program,
   *   back-tracked from the end: diagonal on equal tokens, else up when the upper cell is not
   *   smaller, else left). A union position counts as a hit only while the token's remaining
   *   unigram count is positive in both the whole reference and the whole summary; each hit
   *   decrements both, so no token is counted more often than it occurs (ROUGE >= 1.4.1).
   *   R = hits / reference tokens, P = hits / summary tokens.
   * - F = P * R / ((1 - alpha) * P + alpha * R), alpha = 0.5, 0 when the denominator is 0. The
   *   script rounds R and P to 5 decimals before computing F; we do not round (differences below
   *   1e-5).
   * - Several references (-f A, the default, "model average"): hits, reference counts and summary
   *   counts are summed over the references, then R = sum hits / sum reference units and P = sum
   *   hits / (summary units * references). -f B ("best model") keeps the reference with the
   *   highest recall, the first one on ties. There is no jackknifing (removed in ROUGE 1.4).
   *
   * [1] C.-Y. Lin, ROUGE: A Package for Automatic Evaluation of Summaries, ACL workshop Text
   *     Summarization Branches Out, 2004.
   */

  /** How a summary is scored against several references, as ROUGE-1.5.5's {@code -f} option. */
  public enum MultipleReferences {
    /**
     * {@code -f A}, the default: sum hits and unit counts over the references, then divide (a
     * micro-average over references).
     */
    AVERAGE,
    /** {@code -f B}: keep the counts of the reference giving the highest recall. */
    BEST
  }

  /** Unicode whitespace, as Python's {@code \\s} on text. */
  private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");

  private final RougeTokenizer tokenizer;
  private final MultipleReferences multipleReferences;
  private final String description;

  private Rouge(
      RougeTokenizer tokenizer, MultipleReferences multipleReferences, String description) {
    this.tokenizer = tokenizer;
    this.multipleReferences = multipleReferences;
    this.description = description;
  }

  /**
   * Returns a scorer equivalent to {@code ROUGE-1.5.5.pl -n 2 -m -a}: ROUGE-1.5.5 tokenization,
   * Porter stemming after the WordNet exception lists, model-average scoring for several
   * references.
   *
   * @return the scorer
   */
  public static Rouge rouge155() {
    return builder().build();
  }

  /**
   * Returns a scorer that splits sentences into tokens at whitespace and keeps case, punctuation and
   * every script, without stemming: Google's {@code rouge-score} with a whitespace tokenizer, as
   * the comparison of web content extraction algorithms by Bevendorff et al. (SIGIR 2023) scores
   * extracted text with summary-level ROUGE-L ("ROUGE-LSum").
   *
   * @return the scorer
   */
  public static Rouge whitespace() {
    return new Rouge(
        sentence -> {
          List<String> tokens = new ArrayList<>();
          for (String token : WHITESPACE.split(sentence)) {
            if (!token.isEmpty()) {
              tokens.add(token);
            }
          }
          return tokens;
        },
        MultipleReferences.AVERAGE,
        "whitespace tokens, case kept");
  }

  /**
   * Returns a new builder; by default it builds {@link #rouge155()}.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Tokenizes a summary or reference, sentence by sentence, for repeated scoring.
   *
   * @param sentences the sentences of the text
   * @return the analyzed text
   * @throws NullPointerException if {@code sentences} or a sentence is null
   */
  public AnalyzedText analyze(List<String> sentences) {
    requireNonNull(sentences, "sentences");
    List<List<String>> tokens = new ArrayList<>(sentences.size());
    for (String sentence : sentences) {
      tokens.add(tokenizer.tokenize(requireNonNull(sentence, "sentence")));
    }
    return new AnalyzedText(tokens);
  }

  /**
   * Scores a summary against one or more references.
   *
   * @param summarySentences the sentences of the summary (empty: all scores 0)
   * @param referencesSentences each reference as its list of sentences
   * @return ROUGE-1, ROUGE-2 and ROUGE-L
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if there is no reference
   */
  public RougeResult score(List<String> summarySentences, List<List<String>> referencesSentences) {
    requireNonNull(referencesSentences, "referencesSentences");
    List<AnalyzedText> references = new ArrayList<>(referencesSentences.size());
    for (List<String> reference : referencesSentences) {
      references.add(analyze(requireNonNull(reference, "reference")));
    }
    return score(analyze(summarySentences), references);
  }

  /**
   * Scores an analyzed summary against analyzed references.
   *
   * @param summary the summary
   * @param references the references, at least one
   * @return ROUGE-1, ROUGE-2 and ROUGE-L
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if there is no reference
   */
  public RougeResult score(AnalyzedText summary, List<AnalyzedText> references) {
    return new RougeResult(
        rougeN(1, summary, references),
        rougeN(2, summary, references),
        rougeL(summary, references));
  }

  /**
   * Computes ROUGE-N.
   *
   * @param n the n-gram length, at least 1
   * @param summary the summary
   * @param references the references, at least one
   * @return the score
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if {@code n < 1} or there is no reference
   */
  public RougeScore rougeN(int n, AnalyzedText summary, List<AnalyzedText> references) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1: " + n);
    }
    checkReferences(summary, references);
    Map<String, Integer> peer = summary.ngrams(n);
    Counts total = new Counts();
    double best = -1;
    for (AnalyzedText reference : references) {
      Map<String, Integer> model = reference.ngrams(n);
      long hits = 0;
      Map<String, Integer> smaller = model.size() <= peer.size() ? model : peer;
      Map<String, Integer> larger = smaller == model ? peer : model;
      for (Map.Entry<String, Integer> gram : smaller.entrySet()) {
        Integer other = larger.get(gram.getKey());
        if (other != null) {
          hits += Math.min(gram.getValue(), other);
        }
      }
      best = total.add(hits, reference.ngramCount(n), summary.ngramCount(n), best);
    }
    return total.score();
  }

  /**
   * Computes summary-level ROUGE-L (the union LCS of each reference sentence with all summary
   * sentences, clipped by unigram counts).
   *
   * @param summary the summary
   * @param references the references, at least one
   * @return the score
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if there is no reference
   */
  public RougeScore rougeL(AnalyzedText summary, List<AnalyzedText> references) {
    checkReferences(summary, references);
    Counts total = new Counts();
    double best = -1;
    for (AnalyzedText reference : references) {
      long hits = unionLcsHits(reference, summary);
      best = total.add(hits, reference.tokens().size(), summary.tokens().size(), best);
    }
    return total.score();
  }

  private static long unionLcsHits(AnalyzedText reference, AnalyzedText summary) {
    Map<String, int[]> modelLeft = remainingCounts(reference.ngrams(1));
    Map<String, int[]> peerLeft = remainingCounts(summary.ngrams(1));
    long hits = 0;
    for (List<String> model : reference.sentences()) {
      boolean[] hit = new boolean[model.size()];
      for (List<String> peer : summary.sentences()) {
        markLcs(model, peer, hit);
      }
      for (int i = 0; i < hit.length; i++) {
        if (hit[i]) {
          int[] m = modelLeft.get(model.get(i));
          int[] p = peerLeft.get(model.get(i));
          if (m != null && p != null && m[0] > 0 && p[0] > 0) {
            hits++;
            m[0]--;
            p[0]--;
          }
        }
      }
    }
    return hits;
  }

  private static Map<String, int[]> remainingCounts(Map<String, Integer> unigrams) {
    Map<String, int[]> left = new HashMap<>(unigrams.size() * 2);
    unigrams.forEach((token, count) -> left.put(token, new int[] {count}));
    return left;
  }

  /** Marks in {@code hit} the positions of {@code model} on one LCS with {@code peer}. */
  private static void markLcs(List<String> model, List<String> peer, boolean[] hit) {
    int m = model.size();
    int n = peer.size();
    if (m == 0 || n == 0) {
      return;
    }
    int[][] c = new int[m + 1][n + 1];
    for (int i = 1; i <= m; i++) {
      String token = model.get(i - 1);
      for (int j = 1; j <= n; j++) {
        if (token.equals(peer.get(j - 1))) {
          c[i][j] = c[i - 1][j - 1] + 1;
        } else {
          c[i][j] = Math.max(c[i - 1][j], c[i][j - 1]);
        }
      }
    }
    int i = m;
    int j = n;
    while (i > 0 && j > 0) {
      if (model.get(i - 1).equals(peer.get(j - 1))) {
        i--;
        j--;
        hit[i] = true;
      } else if (c[i - 1][j] >= c[i][j - 1]) {
        i--;
      } else {
        j--;
      }
    }
  }

  private static void checkReferences(AnalyzedText summary, List<AnalyzedText> references) {
    requireNonNull(summary, "summary");
    requireNonNull(references, "references");
    if (references.isEmpty()) {
      throw new IllegalArgumentException("at least one reference is required: " + references);
    }
    for (AnalyzedText reference : references) {
      requireNonNull(reference, "reference");
    }
  }

  /** Hit and unit counts accumulated over references according to {@link MultipleReferences}. */
  private final class Counts {
    private long hits;
    private long referenceUnits;
    private long summaryUnits;

    /** Adds one reference's counts; returns the best recall so far (for BEST). */
    double add(long hits, long referenceUnits, long summaryUnits, double best) {
      if (multipleReferences == MultipleReferences.AVERAGE) {
        this.hits += hits;
        this.referenceUnits += referenceUnits;
        this.summaryUnits += summaryUnits;
        return best;
      }
      double recall = referenceUnits == 0 ? 0 : (double) hits / referenceUnits;
      if (recall > best) {
        this.hits = hits;
        this.referenceUnits = referenceUnits;
        this.summaryUnits = summaryUnits;
        return recall;
      }
      return best;
    }

    RougeScore score() {
      return RougeScore.of(hits, referenceUnits, summaryUnits);
    }
  }

  @Override
  public String toString() {
    return "Rouge{" + description + ", " + multipleReferences + "}";
  }

  /**
   * Builds {@link Rouge} scorers. The order of the calls is not significant.
   *
   * <p>Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private boolean unicode;
    private Boolean stemming;
    private String language = "en";
    private MultipleReferences multipleReferences = MultipleReferences.AVERAGE;

    private Builder() {}

    /**
     * Chooses the tokenization: ROUGE-1.5.5's ASCII one (false, the default), or (true) maximal
     * runs of letters and digits of any script plus each punctuation or symbol character as a token
     * of its own, lower-cased with {@link Locale#ROOT}, for languages with accented letters or other
     * scripts, which ROUGE-1.5.5 drops.
     *
     * @param unicode whether to use the Unicode tokenization
     * @return this builder
     */
    public Builder unicode(boolean unicode) {
      this.unicode = unicode;
      return this;
    }

    /**
     * Turns stemming on or off. Defaults to on (ROUGE-1.5.5's {@code -m}: WordNet exceptions, then
     * ROUGE's Porter variant) for the ROUGE-1.5.5 tokenization and off for the Unicode one, where
     * it means the Snowball stemmer of {@link #language(String)}.
     *
     * @param stemming whether to stem
     * @return this builder
     */
    public Builder stemming(boolean stemming) {
      this.stemming = stemming;
      return this;
    }

    /**
     * Sets the language whose Snowball stemmer the Unicode tokenization uses when stemming; ignored
     * otherwise. Default {@code "en"}.
     *
     * @param language an ISO 639-1 code such as {@code "fr"}
     * @return this builder
     * @throws NullPointerException if {@code language} is null
     * @throws IllegalArgumentException if {@code language} is blank
     */
    public Builder language(String language) {
      requireNonNull(language, "language");
      if (language.isBlank()) {
        throw new IllegalArgumentException("language cannot be blank: '" + language + "'");
      }
      this.language = language.toLowerCase(Locale.ROOT);
      return this;
    }

    /**
     * Sets how several references are combined. Default {@link MultipleReferences#AVERAGE}.
     *
     * @param multipleReferences the combination
     * @return this builder
     * @throws NullPointerException if {@code multipleReferences} is null
     */
    public Builder multipleReferences(MultipleReferences multipleReferences) {
      this.multipleReferences = requireNonNull(multipleReferences, "multipleReferences");
      return this;
    }

    /**
     * Builds the scorer.
     *
     * @return the scorer
     * @throws IllegalStateException if Unicode stemming is requested for a language without a
     *     Snowball stemmer
     */
    public Rouge build() {
      if (!unicode) {
        boolean stem = stemming == null || stemming;
        return new Rouge(
            new Rouge155Tokenizer(stem),
            multipleReferences,
            stem ? "ROUGE-1.5.5 tokens, stemmed (-m)" : "ROUGE-1.5.5 tokens");
      }
      if (stemming == null || !stemming) {
        return new Rouge(UnicodeTokenizer.unstemmed(), multipleReferences, "Unicode tokens");
      }
      RougeTokenizer stemmed =
          UnicodeTokenizer.stemmed(language)
              .orElseThrow(
                  () -> new IllegalStateException("no Snowball stemmer for language: " + language));
      return new Rouge(stemmed, multipleReferences, "Unicode tokens, Snowball stemmer " + language);
    }
  }
}
