package io.github.tldr4j.summarizer.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tldr4j.summarizer.analysis.AnalyzedText;
import io.github.tldr4j.summarizer.text.SentenceSegmenter;
import java.util.Locale;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class TfIdfPositionScorerTest {

  private static AnalyzedText text(int sentences) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      sb.append(String.format(Locale.ROOT, "Line %d tells of the harbour and boat %d. ", i, i % 7));
      if (i % 5 == 4) {
        sb.append("\n\n");
      }
    }
    String body = sb.toString();
    try (WhitespaceAnalyzer analyzer = new WhitespaceAnalyzer()) {
      return AnalyzedText.analyze(
          analyzer, body, SentenceSegmenter.forLanguage("en").segment(body), null);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 7, 40, 250})
  void everyFeatureIsScaledToTheUnitInterval(int n) {
    AnalyzedText text = text(n);
    assertEquals(n, text.sentenceCount());
    double[] features = TfIdfPositionScorer.features(text);
    assertEquals(n * TfIdfPositionScorer.FEATURES, features.length);
    for (double f : features) {
      assertTrue(f >= 0.0 && f <= 1.0, "feature out of [0, 1]: " + f);
    }
  }

  // issue 15: in a long document the lead bias covers the same share of it as in a 40-sentence
  // one, blended with a decline over the whole document whose share grows with the length
  @ParameterizedTest
  @ValueSource(ints = {1, 3, 40, 41, 80, 250})
  void leadBiasStretchesWithLongDocuments(int n) {
    double[] features = TfIdfPositionScorer.features(text(n));
    double scale = Math.max(1.0, n / 40.0);
    double spread = n > 40 ? 2.0 * (1.0 - 40.0 / n) : 0.0;
    for (int i = 0; i < n; i++) {
      double lead = 1.0 / (1.0 + i / scale);
      assertEquals(
          (lead + spread / (1.0 + 5.0 * i / n)) / (1.0 + spread),
          features[i * TfIdfPositionScorer.FEATURES + TfIdfPositionScorer.POSITION],
          1e-12);
    }
    // a news-length document keeps 1 / (1 + i)
    if (n <= 40) {
      for (int i = 0; i < n; i++) {
        assertEquals(
            1.0 / (1.0 + i),
            features[i * TfIdfPositionScorer.FEATURES + TfIdfPositionScorer.POSITION],
            1e-12);
      }
    }
  }

  // issue 15, third round: with the stretched lead bias alone, a sentence a third of the way into
  // a 250-sentence article and one near its end were nearly level (0.07 against 0.03), so a 30%
  // extract was filled from the whole article alike; the first half now ranks clearly higher, and
  // the lead bias still falls all the way
  @ParameterizedTest
  @ValueSource(ints = {200, 250, 600})
  void theSecondHalfOfALongDocumentRanksBelowTheFirst(int n) {
    double[] features = TfIdfPositionScorer.features(text(n));
    double third = features[(n / 3) * TfIdfPositionScorer.FEATURES + TfIdfPositionScorer.POSITION];
    double end =
        features[(n * 9 / 10) * TfIdfPositionScorer.FEATURES + TfIdfPositionScorer.POSITION];
    assertTrue(third - end >= 0.1, n + " sentences: " + third + " vs " + end);
    assertEquals(1.0, features[TfIdfPositionScorer.POSITION], 1e-12);
    for (int i = 1; i < n; i++) {
      assertTrue(
          features[i * TfIdfPositionScorer.FEATURES + TfIdfPositionScorer.POSITION]
              < features[(i - 1) * TfIdfPositionScorer.FEATURES + TfIdfPositionScorer.POSITION],
          "not falling at " + i);
    }
  }

  // issue 15, third round: in a long document a sentence with an aside in brackets gets no
  // conciseness bonus, whatever its length; in a news-length one only the length counts
  @ParameterizedTest
  @ValueSource(ints = {10, 39, 41, 90})
  void anAsideInBracketsIsNotConciseInALongDocument(int filler) {
    StringBuilder sb = new StringBuilder();
    sb.append("Die Burg (auf Platt Borg genannt) steht auf einem Hügel am Fluss. ");
    sb.append("Die Burg steht seit sehr langer Zeit auf einem Hügel am Fluss. ");
    sb.append("Die alte Mühle [siehe unten] mahlt noch. ");
    for (int i = 0; i < filler; i++) {
      sb.append(String.format(Locale.ROOT, "Im Jahr %d kamen neue Gäste zur Burg. ", 1500 + i));
    }
    String body = sb.toString();
    double[] features;
    int[] words = new int[3];
    try (org.apache.lucene.analysis.de.GermanAnalyzer analyzer =
        new org.apache.lucene.analysis.de.GermanAnalyzer()) {
      AnalyzedText text =
          AnalyzedText.analyze(
              analyzer, body, SentenceSegmenter.forLanguage("de").segment(body), null);
      assertEquals(filler + 3, text.sentenceCount());
      features = TfIdfPositionScorer.features(text);
      for (int i = 0; i < 3; i++) {
        words[i] = text.wordCount(i);
      }
    }
    double aside = features[TfIdfPositionScorer.BREVITY];
    double plain = features[TfIdfPositionScorer.FEATURES + TfIdfPositionScorer.BREVITY];
    double bracketed = features[2 * TfIdfPositionScorer.FEATURES + TfIdfPositionScorer.BREVITY];
    assertEquals(12, words[0]);
    assertEquals(12, words[1]);
    assertEquals(1.0 - 12 / 60.0, plain, 1e-12);
    if (filler + 3 > 40) {
      assertEquals(0.0, aside, 0.0);
      assertEquals(0.0, bracketed, 0.0);
    } else {
      assertEquals(plain, aside, 1e-12);
      assertEquals(1.0 - words[2] / 60.0, bracketed, 1e-12);
    }
  }

  // issue 15: keywords and centrality weigh a term by its occurrences in the rest of the document.
  // A sentence of names mentioned nowhere else used to rank first on both (its rare terms carried
  // the highest inverse document frequency, and matched themselves in the document's vector).
  @Test
  void aSentenceOfWordsFoundNowhereElseIsNotCentral() {
    String body =
        "The river flooded the valley town after three days of storm. "
            + "Farmers in the valley lost their crops when the river burst its banks. "
            + "Quentin Abernathy, Ysolde Marchetti and Tobiah Kwarteng-Lindqvist signed on Wednesday. "
            + "The storm cut power to the town for two days. "
            + "Volunteers helped the valley town recover once the river fell.";
    double[] features;
    try (EnglishAnalyzer analyzer = new EnglishAnalyzer()) {
      features =
          TfIdfPositionScorer.features(
              AnalyzedText.analyze(
                  analyzer, body, SentenceSegmenter.forLanguage("en").segment(body), null));
    }
    int names = 2;
    for (int column : new int[] {TfIdfPositionScorer.KEYWORDS, TfIdfPositionScorer.CENTRALITY}) {
      assertEquals(0.0, features[names * TfIdfPositionScorer.FEATURES + column], 0.0);
      for (int i : new int[] {0, 1, 3, 4}) {
        assertTrue(
            features[i * TfIdfPositionScorer.FEATURES + column] > 0.2,
            "sentence " + i + ", column " + column);
      }
    }
  }

  // issue 15: in a long document (over 40 sentences) the frequency feature is the mean of the
  // terms' other occurrences per token, not their sum, so a long sentence does not outweigh a
  // short one that says only what the document keeps saying; a news-length text keeps the sum
  @ParameterizedTest
  @ValueSource(ints = {10, 41, 90})
  void frequencyIsPerTokenInLongDocuments(int filler) {
    StringBuilder sb = new StringBuilder();
    sb.append("Die Fähre fährt zur Insel. ");
    // the same terms and one more mention, among many words said once
    sb.append("Im Sommer fährt die Fähre jeden Morgen zur Insel, und am Abend fährt sie zurück, wenn"
        + " im Hafen Busse, Taxis, Räder, Karren und Kutschen auf Gäste aus Bremen, Hamburg, Kiel"
        + " und Lübeck warten. ");
    for (int i = 0; i < filler; i++) {
      sb.append(String.format(Locale.ROOT, "Die Fähre fährt um %d Uhr zur Insel. ", i));
    }
    String body = sb.toString();
    double[] features;
    try (org.apache.lucene.analysis.de.GermanAnalyzer analyzer =
        new org.apache.lucene.analysis.de.GermanAnalyzer()) {
      features =
          TfIdfPositionScorer.features(
              AnalyzedText.analyze(
                  analyzer, body, SentenceSegmenter.forLanguage("de").segment(body), null));
    }
    int n = filler + 2;
    double shortOne = features[TfIdfPositionScorer.FREQUENCY];
    double longOne = features[TfIdfPositionScorer.FEATURES + TfIdfPositionScorer.FREQUENCY];
    if (n > 40) {
      assertTrue(shortOne > longOne, n + " sentences: " + shortOne + " vs " + longOne);
    } else {
      assertTrue(longOne > shortOne, n + " sentences: " + shortOne + " vs " + longOne);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 39, 41, 700})
  void featuresComputedInRangesOnSeveralThreadsAreTheSame(int n) {
    // a title, paragraphs, asides, repeated and rare terms; the matrix must match bit for bit
    StringBuilder sb = new StringBuilder();
    java.util.Random random = new java.util.Random(n);
    String[] words = {"harbour", "boat", "ferry", "crew", "tide", "pier", "storm", "(aside)", "[map]"};
    for (int i = 0; i < n; i++) {
      sb.append("Line").append(i % 11);
      for (int w = random.nextInt(12); w >= 0; w--) {
        sb.append(' ').append(words[random.nextInt(words.length)]);
      }
      sb.append(random.nextInt(6) == 0 ? ".\n\n" : ". ");
    }
    String body = sb.toString();
    try (EnglishAnalyzer analyzer = new EnglishAnalyzer()) {
      AnalyzedText text =
          AnalyzedText.analyze(
              analyzer, body, SentenceSegmenter.forLanguage("en").segment(body), "The ferry crew");
      double[] one = TfIdfPositionScorer.features(text, 1);
      for (int ranges : new int[] {2, 3, 8, 1000}) {
        assertArrayEquals(one, TfIdfPositionScorer.features(text, ranges), ranges + " ranges");
      }
    }
  }

  @Test
  void theLogsOfCountsAreMathLogItself() {
    // the features take their logs of counts from a table made per text: the very numbers
    // Math.log gives, inside the table and beyond it
    for (int largest : new int[] {0, 1, 19, TfIdfPositionScorer.LOGGED_COUNTS + 7}) {
      double[] logs = TfIdfPositionScorer.logs(largest);
      for (int k = 0; k <= TfIdfPositionScorer.LOGGED_COUNTS + 20; k++) {
        assertEquals(Math.log(k), TfIdfPositionScorer.log(logs, k), "k = " + k);
      }
    }
  }
}
