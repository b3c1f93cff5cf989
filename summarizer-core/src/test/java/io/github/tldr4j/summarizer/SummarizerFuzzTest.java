package io.github.tldr4j.summarizer;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.tldr4j.summarizer.text.SentenceSegmenter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Coverage-guided fuzzing of the segmenter and of {@link Summarizer#summarize} with Jazzer (issue
 * 6). Under {@code mvn verify} (regression mode) each test replays its seed and crash inputs from
 * {@code src/test/resources/io/github/tldr4j/summarizer/SummarizerFuzzTestInputs/<method>/}; with
 * {@code JAZZER_FUZZ=1} it fuzzes for {@code maxDuration} and writes new crashing inputs there.
 * See {@code summarizer-core/FUZZING.md}.
 *
 * <p>An input is decoded by {@link #decode(byte[])}: the first byte picks the language, the second
 * the budget, the rest is the text. The dictionary {@code hostile.dict} next to this class gives the
 * mutator terminators, abbreviations, marks, joiners and separators to splice in.
 */
final class SummarizerFuzzTest {

  /** Languages with their own segmentation data, of several scripts, and two generic ones. */
  private static final List<String> LANGUAGES =
      List.of("en", "de", "fr", "ru", "el", "ar", "fa", "hi", "hy", "zh", "ja", "ko", "th", "tr");

  /** One summarizer per language, built once: fuzzing measures the summarizer, not its setup. */
  private static final List<Summarizer> SUMMARIZERS =
      LANGUAGES.stream().map(l -> Summarizer.builder().language(l).build()).toList();

  @FuzzTest(maxDuration = "15s")
  @DictionaryFile(resourcePath = "hostile.dict")
  void segment(byte[] input) {
    Case c = decode(input);
    SummaryInvariants.checkSegmentation(
        c.text, SentenceSegmenter.forLanguage(LANGUAGES.get(c.language)).segment(c.text));
  }

  @FuzzTest(maxDuration = "15s")
  @DictionaryFile(resourcePath = "hostile.dict")
  void summarize(byte[] input) {
    Case c = decode(input);
    Summarizer summarizer = SUMMARIZERS.get(c.language);
    Summary summary = summarizer.summarize(c.text, c.budget);
    SummaryInvariants.checkSummary(summarizer, c.text, c.budget, summary);
  }

  /** A decoded fuzz input. */
  private record Case(int language, Budget budget, String text) {}

  /**
   * Decodes a fuzz input: byte 0 chooses the language, byte 1 the budget (its top two bits the
   * kind, the rest the size), and the remaining bytes are UTF-8, except that {@code 0xFF} followed
   * by two bytes is that UTF-16 code unit, so that inputs can hold unpaired surrogates and any
   * other {@code char}. Malformed UTF-8 becomes U+FFFD.
   */
  static Case decode(byte[] input) {
    int language = input.length > 0 ? (input[0] & 0xFF) % LANGUAGES.size() : 0;
    int b = input.length > 1 ? input[1] & 0xFF : 0;
    int size = (b & 0x3F) + 1;
    Budget budget =
        switch (b >>> 6) {
          case 0 -> Budget.words(size);
          case 1 -> Budget.sentences(Math.min(size, 12));
          case 2 -> Budget.ratio(size / 64.0);
          default -> Budget.words(size * 16);
        };
    StringBuilder text = new StringBuilder(Math.max(0, input.length - 2));
    int run = 2;
    for (int i = 2; i < input.length; i++) {
      if (input[i] == (byte) 0xFF && i + 2 < input.length) {
        text.append(new String(input, run, i - run, StandardCharsets.UTF_8));
        text.append((char) (((input[i + 1] & 0xFF) << 8) | (input[i + 2] & 0xFF)));
        i += 2;
        run = i + 1;
      }
    }
    if (run < input.length) {
      text.append(new String(input, run, input.length - run, StandardCharsets.UTF_8));
    }
    return new Case(language, budget, text.toString());
  }
}
