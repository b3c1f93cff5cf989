package io.github.tldr4j.summarizer.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Segmentation time grows linearly with the text (issue 12): ten times the text takes about ten
 * times as long, on the inputs that exercise the look-aheads of the rules (short list lines, inline
 * lists, dates, quotations carried across sentences, abbreviations). A quadratic rule would take a
 * hundred times as long; the bound, 30 (and at least 0.3 s), leaves room for a loaded machine and its garbage collector.
 */
final class LinearTimeTest {

  private static final int SMALL = 500_000;

  static Stream<Arguments> patterns() {
    return Stream.of(
        Arguments.of("en", "Packing list\ntent\nstove\nrope\n\n"),
        Arguments.of("en", "Pack these: (a) A warm coat (b) Two maps (c) Some bread. "),
        Arguments.of("sv", "Karin Lund (f. 12 mars 1944) var en målare. "),
        Arguments.of("fr", "« Je pars demain. Tu viens avec moi ? » Elle hésita. "),
        Arguments.of("en", "The trail climbs 12 km. Hikers in the U.S. Army rest at Mt. Hood. "),
        Arguments.of("de", "Das Büro liegt in der Mozart-Str. 7 im 3. Stock, geb. 4. Mai 1950 "));
  }

  @ParameterizedTest
  @MethodSource("patterns")
  void tenTimesTheTextTakesAboutTenTimesAsLong(String language, String unit) {
    SentenceSegmenter segmenter = SentenceSegmenter.forLanguage(language);
    String small = unit.repeat(SMALL / unit.length());
    String large = unit.repeat(10 * SMALL / unit.length());
    segmenter.segment(large); // compiles the scanner's paths before anything is timed
    long smallTime = Long.MAX_VALUE;
    long largeTime = Long.MAX_VALUE;
    for (int run = 0; run < 5; run++) { // alternating, so that a busy moment hits both sizes
      smallTime = Math.min(smallTime, time(segmenter, small));
      largeTime = Math.min(largeTime, time(segmenter, large));
    }
    long smallBest = smallTime;
    long largeBest = largeTime;
    assertTrue(largeBest < 30 * Math.max(smallBest, 10_000_000L),
        () -> language + " " + unit.strip() + ": " + smallBest / 1_000_000 + " ms for 0.5 MB, "
            + largeBest / 1_000_000 + " ms for 5 MB");
  }

  /** The time of one run, in nanoseconds. */
  private static long time(SentenceSegmenter segmenter, String text) {
    long start = System.nanoTime();
    List<Sentence> sentences = segmenter.segment(text);
    long time = System.nanoTime() - start;
    assertTrue(!sentences.isEmpty());
    return time;
  }
}
