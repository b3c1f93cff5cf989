package io.github.tldr4j.benchmarks.tune;

import io.github.tldr4j.benchmarks.Dataset;
import io.github.tldr4j.benchmarks.Extracts;
import io.github.tldr4j.benchmarks.rouge.AnalyzedText;
import io.github.tldr4j.benchmarks.rouge.Rouge;
import io.github.tldr4j.benchmarks.rouge.RougeResult;
import io.github.tldr4j.summarizer.Budget;
import io.github.tldr4j.summarizer.Document;
import io.github.tldr4j.summarizer.ScoringWeights;
import io.github.tldr4j.summarizer.Summarizer;
import io.github.tldr4j.summarizer.scoring.BudgetedSelector;
import io.github.tldr4j.summarizer.scoring.SentenceScorer;
import io.github.tldr4j.summarizer.scoring.TfIdfPositionScorer;
import io.github.tldr4j.summarizer.text.Sentence;
import io.github.tldr4j.summarizer.text.SentenceSegmenter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * Fits the default {@link ScoringWeights} on the development sets with CMA-ES (Hansen 2006, as
 * implemented by Apache Commons Math), maximizing the ROUGE-1/2/L F1 margins over LEAD (see
 * {@link #objective}) in the {@link #SETTINGS}: CNN/DailyMail at 3 sentences and at 75 words, BBC
 * News at ratio 0.4 and at 3 sentences (ROUGE-1.5.5), OrangeSum (French) at 2 sentences and
 * Klexikon (German) at ratio 0.3 (Unicode ROUGE, punctuation counted). The system property {@code
 * tune.settings} (comma-separated setting names) limits the run to some of them. With {@code
 * MAX_EVALUATIONS} 0, {@code START} may hold several vectors separated by {@code ;}, each
 * reported.
 *
 * <p>Documents are split by a hash of their id: four fifths are fitted, one fifth is held out to
 * check that the weights generalise. Every stage but the final linear combination and selection
 * is computed once per document, and ROUGE results are cached per distinct selection, so one
 * evaluation of a weight vector costs milliseconds.
 *
 * <pre>{@code
 * java -cp summarizer-benchmarks/target/benchmarks.jar \
 *     io.github.tldr4j.benchmarks.tune.WeightTuner [DATA_DIR] [MAX_EVALUATIONS] [START]
 * }</pre>
 *
 * <p>{@code START} is a comma-separated weight vector in the order of the {@link ScoringWeights}
 * components (default: the current defaults); with {@code MAX_EVALUATIONS} 0 the tuner only
 * reports the figures of the start vector.
 */
public final class WeightTuner {

  /** One dataset in one language at one budget. */
  record Setting(String name, String file, String language, Budget budget) {}

  static final List<Setting> SETTINGS =
      List.of(
          new Setting("cnndm@3sent", "cnndm-dev.jsonl", "en", Budget.sentences(3)),
          new Setting("cnndm@75w", "cnndm-dev.jsonl", "en", Budget.words(75)),
          new Setting("bbc@0.4", "bbc-news-dev.jsonl", "en", Budget.ratio(0.4)),
          new Setting("bbc@3sent", "bbc-news-dev.jsonl", "en", Budget.sentences(3)),
          new Setting("orange@2sent", "orangesum-fr-dev.jsonl", "fr", Budget.sentences(2)),
          new Setting("klexikon@0.3", "klexikon-de-dev.jsonl", "de", Budget.ratio(0.3)));

  /**
   * Everything about one document that does not depend on the weights. The text is analyzed as
   * {@link Summarizer} analyzes it (its candidate sentences, without page furniture, and the
   * headline it finds when the document has no title), by a scorer that only captures its input;
   * LEAD and the budget see every sentence, as in {@code bench quality}.
   */
  static final class Prepared {
    final String id;
    final io.github.tldr4j.summarizer.analysis.AnalyzedText analyzed;
    final double[] features;
    /** For each candidate sentence, its index among all the sentences of the text. */
    final int[] sentenceIndex;
    final int[] allWords;
    final AnalyzedText rougeSentences;
    final List<AnalyzedText> references;
    final int originalWords;
    final boolean holdout;
    final Map<String, RougeResult> cache = new ConcurrentHashMap<>();

    Prepared(Dataset.Document doc, String language, Summarizer capturing, Rouge rouge) {
      this.id = doc.id();
      List<Sentence> sentences = SentenceSegmenter.forLanguage(language).segment(doc.text());
      capturing.rank(Document.of(doc.title(), doc.text()));
      this.analyzed = CAPTURED.get();
      CAPTURED.remove();
      this.features = TfIdfPositionScorer.features(analyzed);
      this.sentenceIndex =
          analyzed.sentences().stream().mapToInt(Sentence::index).toArray();
      this.allWords = sentences.stream().mapToInt(Sentence::wordCount).toArray();
      this.rougeSentences = rouge.analyze(sentences.stream().map(Sentence::text).toList());
      this.references = new ArrayList<>();
      for (List<String> reference : doc.referenceSentences()) {
        references.add(rouge.analyze(reference));
      }
      this.originalWords = Arrays.stream(allWords).sum();
      this.holdout = Math.floorMod(doc.id().hashCode(), 5) == 0;
    }

    /** Scores a selection of candidate sentences (indices into {@link #analyzed}). */
    RougeResult score(int[] chosen, Rouge rouge) {
      return cache.computeIfAbsent(
          Arrays.toString(chosen),
          k -> {
            List<Integer> idx = new ArrayList<>(chosen.length);
            for (int i : chosen) {
              idx.add(sentenceIndex[i]);
            }
            return rouge.score(rougeSentences.select(idx), references);
          });
    }

    /** LEAD over all the sentences, as candidate indices (every sentence it takes is one). */
    RougeResult leadScore(Setting s, Rouge rouge) {
      List<Integer> lead =
          Extracts.lead(allWords, s.budget().maxWords(originalWords), s.budget().maxSentences());
      return rouge.score(rougeSentences.select(lead), references);
    }
  }

  /** The analyzed text the capturing scorer saw last on this thread. */
  private static final ThreadLocal<io.github.tldr4j.summarizer.analysis.AnalyzedText> CAPTURED =
      new ThreadLocal<>();

  /** A summarizer whose scorer records the analyzed text it is given. */
  static Summarizer capturing(String language) {
    SentenceScorer scorer =
        (text, share) -> {
          CAPTURED.set(text);
          return new double[text.sentenceCount()];
        };
    return Summarizer.builder().language(language).scorer(scorer).build();
  }

  /** Mean ROUGE-1/2/L F1 (×100) of one setting over a subset of documents. */
  record Figures(double r1, double r2, double rl, int documents) {
    double mean() {
      return (r1 + r2 + rl) / 3.0;
    }
  }

  private final Map<Setting, List<Prepared>> data = new java.util.LinkedHashMap<>();

  WeightTuner(Path dataDir) {
    Map<String, List<Prepared>> byFile = new java.util.HashMap<>();
    String only = System.getProperty("tune.settings", "");
    for (Setting s : SETTINGS) {
      if (!only.isEmpty() && !java.util.Arrays.asList(only.split(",")).contains(s.name())) {
        continue;
      }
      data.put(
          s,
          byFile.computeIfAbsent(
              s.file(),
              f -> {
                Summarizer capturing = capturing(s.language());
                Rouge rouge = rouge(s);
                return Dataset.read(dataDir.resolve(f)).documents().parallelStream()
                    .map(d -> new Prepared(d, s.language(), capturing, rouge))
                    .toList();
              }));
    }
  }

  /**
   * ROUGE-1.5.5 for English; for other languages the Unicode tokenization (lower-cased, no
   * stemming, punctuation counted), since ROUGE-1.5.5 drops accented letters.
   */
  static Rouge rouge(Setting s) {
    return ROUGE.computeIfAbsent(
        s.language().equals("en"),
        english -> english ? Rouge.rouge155() : Rouge.builder().unicode(true).build());
  }

  private static final Map<Boolean, Rouge> ROUGE = new ConcurrentHashMap<>();

  Figures evaluate(Setting s, ScoringWeights w, boolean holdout) {
    return measure(
        s,
        holdout,
        p ->
            p.score(select(s, w, p), rouge(s)));
  }

  /** The summary of one document with these weights, as candidate indices (as Summarizer's). */
  static int[] select(Setting s, ScoringWeights w, Prepared p) {
    int maxWords = s.budget().maxWords(p.originalWords);
    int maxSentences = s.budget().maxSentences();
    double[] scores =
        TfIdfPositionScorer.combine(
            p.features,
            w,
            TfIdfPositionScorer.budgetShare(
                maxWords, maxSentences, p.analyzed.totalWordCount(), p.analyzed.sentenceCount()));
    int[] chosen = BudgetedSelector.select(p.analyzed, scores, maxWords, maxSentences, w.redundancy());
    if (chosen.length == 0 && p.originalWords > 0 && s.budget().toString().startsWith("Budget.ratio")) {
      // a ratio budget keeps the best sentence alone when none fits
      chosen = BudgetedSelector.select(p.analyzed, scores, Integer.MAX_VALUE, 1, w.redundancy());
    }
    return chosen;
  }

  /** The settings this tuner has data for. */
  java.util.Set<Setting> settings() {
    return data.keySet();
  }

  Figures lead(Setting s, boolean holdout) {
    return measure(s, holdout, p -> p.leadScore(s, rouge(s)));
  }

  private Figures measure(
      Setting s, boolean holdout, java.util.function.Function<Prepared, RougeResult> result) {
    double[] sums =
        data.get(s).parallelStream()
            .filter(p -> p.holdout == holdout)
            .map(
                p -> {
                  RougeResult r = result.apply(p);
                  return new double[] {r.rouge1().f1(), r.rouge2().f1(), r.rougeL().f1(), 1};
                })
            .reduce(new double[4], (a, b) -> new double[] {a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]});
    double n = Math.max(1, sums[3]);
    return new Figures(100 * sums[0] / n, 100 * sums[1] / n, 100 * sums[2] / n, (int) sums[3]);
  }

  static ScoringWeights weights(double[] x) {
    return new ScoringWeights(x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7], x[8]);
  }

  /**
   * The margin over LEAD in every setting and metric: on CNN/DailyMail capped at one point (a
   * tenth of the uncapped margin breaks ties), on BBC News counted at a quarter, uncapped, since
   * its extractive references let a summarizer go far past LEAD (the frequency-based OTS scores
   * 11 points above it there). A margin under 0.3 points costs five times the shortfall, so no
   * setting can pay for another falling behind LEAD.
   */
  double objective(ScoringWeights w) {
    double total = 0;
    for (Setting s : data.keySet()) {
      Figures f = evaluate(s, w, false);
      Figures l = lead(s, false);
      boolean bbc = s.file().startsWith("bbc");
      for (double m : new double[] {f.r1() - l.r1(), f.r2() - l.r2(), f.rl() - l.rl()}) {
        total += bbc ? 0.25 * m : Math.min(m, 1.0) + 0.1 * m;
        total -= 5.0 * Math.max(0.0, 0.3 - m);
      }
      double[] floor = floors.get(s.name());
      if (floor != null) {
        double[] got = {f.r1(), f.r2(), f.rl()};
        for (int m = 0; m < 3; m++) {
          total -= 5.0 * Math.max(0.0, floor[m] - got[m]);
        }
      }
    }
    return total / (3 * data.size());
  }

  /**
   * Figures a fit must not fall below, from the system property {@code tune.floor}: {@code
   * setting:R1/R2/RL} entries separated by commas, such as the fit-split figures of the weights in
   * use, so that a refit cannot buy one setting with another's loss. Each point below a floor
   * costs five times its shortfall.
   */
  private final Map<String, double[]> floors = floors(System.getProperty("tune.floor", ""));

  private static Map<String, double[]> floors(String spec) {
    Map<String, double[]> floors = new java.util.HashMap<>();
    for (String entry : spec.split(",")) {
      if (entry.isBlank()) {
        continue;
      }
      String[] parts = entry.strip().split(":");
      floors.put(
          parts[0], Arrays.stream(parts[1].split("/")).mapToDouble(Double::parseDouble).toArray());
    }
    return floors;
  }

  void report(PrintStream out, ScoringWeights w) {
    out.printf(Locale.ROOT, "%-12s %-8s %6s %6s %6s | %6s %6s %6s%n", "setting", "split", "R1", "R2", "RL", "LEAD1", "LEAD2", "LEADL");
    for (Setting s : data.keySet()) {
      for (boolean holdout : new boolean[] {false, true}) {
        Figures f = evaluate(s, w, holdout);
        Figures l = lead(s, holdout);
        out.printf(
            Locale.ROOT,
            "%-12s %-8s %6.2f %6.2f %6.2f | %6.2f %6.2f %6.2f  (n=%d)%n",
            s.name(),
            holdout ? "holdout" : "fit",
            f.r1(), f.r2(), f.rl(), l.r1(), l.r2(), l.rl(), f.documents());
      }
    }
  }

  /**
   * Runs the fit and prints the weights and the figures before and after.
   *
   * @param args optional data directory (default {@code ../shared/data}) and evaluation budget
   */
  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data");
    int maxEval = args.length > 1 ? Integer.parseInt(args[1]) : 600;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    long t0 = System.nanoTime();
    WeightTuner tuner = new WeightTuner(dir);
    out.printf(Locale.ROOT, "prepared in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    ScoringWeights start = ScoringWeights.defaults();
    for (String vector : args.length > 2 ? args[2].split(";") : new String[0]) {
      start = weights(Arrays.stream(vector.split(",")).mapToDouble(Double::parseDouble).toArray());
      if (maxEval == 0) {
        out.println("start: " + start);
        tuner.report(out, start);
      }
    }
    if (maxEval == 0 && args.length > 2) {
      return;
    }
    out.println("start: " + start);
    tuner.report(out, start);
    if (maxEval == 0) {
      return;
    }
    double[] x0 = {
      start.keywords(), start.centrality(), start.position(), start.paragraphStart(),
      start.title(), start.length(), start.brevity(), start.frequency(), start.redundancy()
    };
    double[] lo = new double[x0.length];
    double[] hi = new double[x0.length];
    double[] sigma = new double[x0.length];
    Arrays.fill(hi, 10.0);
    Arrays.fill(sigma, 0.5);
    hi[7] = 400.0; // frequency: scaled by the cubed budget share (about 0.001 on CNN/DM, 0.06 on BBC)
    sigma[7] = 20.0;
    CMAESOptimizer optimizer =
        new CMAESOptimizer(1000, Double.POSITIVE_INFINITY, true, 0, 0, new MersenneTwister(42), false, null);
    int[] evals = {0};
    double[][] bestPoint = {x0.clone()};
    double[] bestValue = {Double.NEGATIVE_INFINITY};
    try {
      optimizer.optimize(
            new MaxEval(maxEval),
            new ObjectiveFunction(
                x -> {
                  double v = tuner.objective(weights(x));
                  if (v > bestValue[0]) {
                    bestValue[0] = v;
                    bestPoint[0] = x.clone();
                    // printed at once, so that a run stopped early still gives its best point
                    out.printf(Locale.ROOT, "best %.4f at eval %d: %s%n", v, evals[0] + 1, Arrays.toString(x));
                  }
                  if (++evals[0] % 25 == 0) {
                    out.printf(Locale.ROOT, "eval %d: %.4f %s%n", evals[0], v, Arrays.toString(x));
                  }
                  return v;
                }),
            GoalType.MAXIMIZE,
            new InitialGuess(x0),
            new SimpleBounds(lo, hi),
            new CMAESOptimizer.Sigma(sigma),
            new CMAESOptimizer.PopulationSize(12));
    } catch (TooManyEvaluationsException e) {
      // the evaluation budget is spent: keep the best point seen
    }
    ScoringWeights fitted = weights(bestPoint[0]);
    out.printf(Locale.ROOT, "best objective %.4f after %d evaluations, %.1f s%n", bestValue[0], evals[0], (System.nanoTime() - t0) / 1e9);
    out.println("fitted: " + fitted);
    tuner.report(out, fitted);
  }
}
