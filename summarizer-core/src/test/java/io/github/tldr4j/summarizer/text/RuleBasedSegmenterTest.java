package io.github.tldr4j.summarizer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

final class RuleBasedSegmenterTest {

  private static final SentenceSegmenter EN = SentenceSegmenter.forLanguage("en");

  // ------------------------------------------------------------------ languages

  @Test
  void supportsEveryLibraryLanguage() {
    Set<String> codes = SentenceSegmenter.supportedLanguages();
    assertEquals(
        List.of("am", "ar", "bg", "bn", "ca", "ckb", "cs", "da", "de", "el", "en", "es", "et", "eu", "fa", "fi",
            "fr", "ga", "gl", "hi", "hu", "hy", "id", "it", "ja", "kk", "ko", "lt", "lv", "mr", "my", "ne", "nl", "no",
            "pl", "pt", "ro", "ru", "sk", "sr", "sv", "ta", "te", "th", "tr", "ur", "zh"),
        List.copyOf(codes));
    assertThrows(UnsupportedOperationException.class, () -> codes.add("xx"));
    for (String code : codes) {
      // Armenian ends sentences with "։" or ":"; its ASCII period is a pause mark.
      String text = code.equals("hy") ? "One: Two:" : "One. Two.";
      assertEquals(List.of(text.substring(0, 4), text.substring(5)),
          texts(SentenceSegmenter.forLanguage(code).segment(text)), code);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"EN", "en-US", "en_GB", "En-Latn-US", " en "})
  void acceptsCaseAndRegionVariants(String code) {
    assertSame(EN, SentenceSegmenter.forLanguage(code));
  }

  @Test
  void cachesOneInstancePerLanguage() {
    assertSame(SentenceSegmenter.forLanguage("pt-BR"), SentenceSegmenter.forLanguage("pt_PT"));
  }

  /**
   * Issue 11: a batch in one language reads that language's data, not all 41 files (that took a
   * third of the CPU time of a one-document run). Checked on a fresh copy of the class, loaded by a
   * class loader of its own whose parent is the bootstrap loader (below the application loader the
   * module layer would hand back the class already loaded), since other tests build every language.
   */
  @Test
  void buildsALanguageOnlyWhenAskedFor() throws Exception {
    URL classes = RuleBasedSegmenter.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes}, null)) {
      Class<?> fresh = Class.forName(RuleBasedSegmenter.class.getName(), true, loader);
      assertNotSame(RuleBasedSegmenter.class, fresh);
      Method forLanguage = fresh.getDeclaredMethod("forLanguage", String.class);
      Method built = fresh.getDeclaredMethod("builtLanguages");
      forLanguage.setAccessible(true);
      built.setAccessible(true);
      assertEquals(Set.of(), built.invoke(null));
      Object de = forLanguage.invoke(null, "de-AT");
      assertEquals(Set.of("de"), built.invoke(null));
      assertSame(de, forLanguage.invoke(null, "DE"));
      forLanguage.invoke(null, "sw"); // the generic rules: no language of its own
      assertEquals(Set.of("de"), built.invoke(null));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"xx", "", "-", "english", "q1", "zz-ZZ"})
  void rejectsWhatIsNotALanguageCode(String code) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SentenceSegmenter.forLanguage(code));
    assertTrue(e.getMessage().contains("'" + code + "'"), e.getMessage());
    assertTrue(e.getMessage().contains("ISO 639-1"), e.getMessage());
  }

  /** Issue 12: every ISO 639-1 language is segmented, with the generic rules if it has no data. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "sk:Prišli sme neskoro. Večera už bola studená.",
        "kk:Біз кеш келдік. Кешкі ас суып қалды.",
        "mr:आम्ही उशिरा आलो। जेवण थंड झाले होते।",
        "am:ዘግይተን መጣን። እራቱ ቀዝቅዞ ነበር።",
        "my:ကျွန်ုပ်တို့ နောက်ကျ၍ ရောက်လာသည်။ ညစာ အေးသွားပြီ။",
        "ur:ہم دیر سے پہنچے۔ کھانا ٹھنڈا ہو چکا تھا۔",
        "he:הגענו מאוחר. הארוחה כבר התקררה.",
        "iw:הגענו מאוחר. הארוחה כבר התקררה.",
        "uk:Ми прийшли пізно. Вечеря вже охолола.",
        "sw:Tulifika kwa kuchelewa. Chakula kilikuwa kimepoa.",
      })
  void segmentsLanguagesWithoutDataOfTheirOwn(String codeAndText) {
    int colon = codeAndText.indexOf(':');
    String code = codeAndText.substring(0, colon);
    String text = codeAndText.substring(colon + 1);
    List<String> sentences = texts(SentenceSegmenter.forLanguage(code).segment(text));
    assertEquals(2, sentences.size(), () -> code + ": " + sentences);
    assertEquals(text, sentences.get(0) + " " + sentences.get(1));
  }

  @Test
  void rejectsNull() {
    assertThrows(NullPointerException.class, () -> SentenceSegmenter.forLanguage(null));
    assertThrows(NullPointerException.class, () -> EN.segment(null));
  }

  // ------------------------------------------------------------------ paragraphs and layout

  @Test
  void numbersParagraphsByBlankLines() {
    String text = "\n\nFirst one. Still first.\n\n\n\nSecond.\n \t\nThird here.\nStill third.";
    List<Sentence> s = EN.segment(text);
    assertEquals(List.of("First one.", "Still first.", "Second.", "Third here.", "Still third."), texts(s));
    assertEquals(List.of(0, 0, 1, 2, 2), s.stream().map(Sentence::paragraph).toList());
  }

  @Test
  void headingsAndListItemsDoNotStartParagraphs() {
    List<Sentence> s = EN.segment("Heading\nBody text here.\n- item\n- item two");
    assertEquals(List.of("Heading", "Body text here.", "- item", "- item two"), texts(s));
    assertEquals(List.of(0, 0, 0, 0), s.stream().map(Sentence::paragraph).toList());
  }

  @Test
  void treatsParagraphSeparatorAndFormFeedAsBlankLines() {
    List<Sentence> s = EN.segment("One\u2029Two\fThree");
    assertEquals(List.of("One", "Two", "Three"), texts(s));
    assertEquals(List.of(0, 1, 2), s.stream().map(Sentence::paragraph).toList());
  }

  @Test
  void keepsHardWrappedLinesInOneSentence() {
    String text = "The committee met on Tuesday and it decided that the proposal\n"
        + "should be sent back to the working group for a second reading\n"
        + "before the end of the year. Nobody objected.";
    assertEquals(List.of(text.substring(0, text.indexOf(" Nobody")), "Nobody objected."), texts(EN.segment(text)));
  }

  // ------------------------------------------------------------------ degenerate and hostile input

  static Stream<Arguments> emptyInputs() {
    return Stream.of(Arguments.of(""), Arguments.of("   "), Arguments.of("\n\n\r\n"), Arguments.of("\uFEFF"),
        Arguments.of("\u0000\u0001\u200B"), Arguments.of("\u2028\u2029\u00A0\u202F"));
  }

  @ParameterizedTest
  @MethodSource("emptyInputs")
  void returnsNoSentencesForBlankText(String text) {
    assertEquals(List.of(), EN.segment(text));
  }

  @Test
  void acceptsAnyCharSequence() {
    StringBuilder sb = new StringBuilder("Built text. Works too.");
    assertEquals(List.of("Built text.", "Works too."), texts(EN.segment(sb)));
  }

  @Test
  void survivesRandomTextInEveryLanguage() {
    Random random = new Random(42);
    String alphabet = "aZ .!?…。\n\r\t\"'()[]«»„“”‘’:;,-•1\u0000\uFEFF\uD800\uDC00\u200D\u0301\u05D0\u0964؟۔։።။";
    for (String code : SentenceSegmenter.supportedLanguages()) {
      SentenceSegmenter segmenter = SentenceSegmenter.forLanguage(code);
      for (int round = 0; round < 200; round++) {
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(80);
        for (int i = 0; i < length; i++) {
          sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String text = sb.toString();
        assertValid(text, segmenter.segment(text));
      }
    }
  }

  /** Issue 3: a combining mark or variation selector after a terminator belongs to that sentence. */
  @ParameterizedTest
  @ValueSource(strings = {"\u3002\u0301", "\u061E\uFE0F", "!\uFE0F", "!\u0301", "?\u200D",
      ".\u0308", "\u0964\u093C", "\u3002\uDB40\uDD00", "!\uD83C\uDFFD", "\u201D\u20DD",
      "!\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309\u030A\u030B\u030C"})
  void keepsAMarkAfterATerminatorInItsSentence(String cluster) {
    for (String code : List.of("en", "zh", "ar", "hi")) {
      String text = "Erste Zeile" + cluster + " Zweite" + cluster + "Dritte" + cluster + "\n\nVierte";
      List<Sentence> sentences = SentenceSegmenter.forLanguage(code).segment(text);
      assertValid(text, sentences);
      assertNoSplitGrapheme(text, sentences);
      assertTrue(sentences.get(0).text().endsWith(cluster) || sentences.get(0).text().contains(cluster + " "),
          code + ": " + texts(sentences));
    }
  }

  @Test
  void neverSplitsAGraphemeInRandomText() {
    Random random = new Random(3);
    String alphabet = "ab Z.!?\u3002\u061E\u0964\u201D)\n \n\u0301\u0308\u200D\uFE0F\uDB40\uDD00\uD83C\uDFFD";
    for (String code : List.of("en", "zh", "ar", "hi", "de")) {
      SentenceSegmenter segmenter = SentenceSegmenter.forLanguage(code);
      for (int round = 0; round < 2000; round++) {
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
          sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String text = sb.toString();
        List<Sentence> sentences = segmenter.segment(text);
        assertValid(text, sentences);
        assertNoSplitGrapheme(text, sentences);
      }
    }
  }

  @Test
  void handlesTwoMegabytesWithoutPunctuation() {
    StringBuilder sb = new StringBuilder(2_000_000);
    while (sb.length() < 2_000_000) {
      sb.append("word ");
    }
    List<Sentence> s = EN.segment(sb);
    assertEquals(1, s.size());
    assertEquals(sb.toString().strip(), s.get(0).text());
  }

  @Test
  void handlesAOneMegabyteToken() {
    String text = "Start. X" + "a.".repeat(500_000) + " End.";
    List<Sentence> s = EN.segment(text);
    assertEquals("Start.", s.get(0).text());
    assertValid(text, s);
    String letters = "x".repeat(1_000_000);
    assertEquals(List.of(letters + "."), texts(EN.segment(letters + ".")));
  }

  @Test
  void handlesManyShortSentences() {
    String text = "Go. ".repeat(100_000) + "\n\n" + "word . ".repeat(100_000) + ". . . ".repeat(10_000);
    List<Sentence> s = EN.segment(text);
    assertValid(text, s);
    assertTrue(s.size() >= 200_000, "sentences: " + s.size());
  }

  @Test
  void isSafeForConcurrentUse() throws Exception {
    String text = "Mr. Smith went to Washington. He arrived at 5 p.m. on Monday.\n\nThen he left. ";
    List<String> expected = texts(EN.segment(text));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        futures.add(pool.submit(() -> texts(SentenceSegmenter.forLanguage("en").segment(text))));
      }
      for (Future<List<String>> f : futures) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // ------------------------------------------------------------------ helpers

  static List<String> texts(List<Sentence> sentences) {
    return sentences.stream().map(Sentence::text).toList();
  }

  /**
   * No sentence ends before, or starts at, a mark that continues a non-space character. (A mark
   * after whitespace starts a word, as {@link Words} counts it, and may start a sentence.)
   */
  static void assertNoSplitGrapheme(String text, List<Sentence> sentences) {
    for (Sentence s : sentences) {
      for (int offset : new int[] {s.start(), s.end()}) {
        if (offset > 0 && offset < text.length() && !Words.isWhitespace(text.charAt(offset - 1))) {
          int cp = text.codePointAt(offset);
          int type = Character.getType(cp);
          boolean extender = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
              || type == Character.COMBINING_SPACING_MARK || cp == 0x200D || cp >= 0xFE00 && cp <= 0xFE0F
              || cp >= 0xE0100 && cp <= 0xE01EF || cp >= 0x1F3FB && cp <= 0x1F3FF
              || Character.isLowSurrogate(text.charAt(offset));
          assertFalse(extender, () -> "boundary at " + offset + " splits a grapheme in " + text.codePoints()
              .mapToObj(c -> String.format("U+%04X", c)).toList() + ": " + texts(sentences));
        }
      }
    }
  }

  static void assertValid(String text, List<Sentence> sentences) {
    int previousEnd = 0;
    int paragraph = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      assertEquals(i, s.index());
      assertTrue(s.start() >= previousEnd);
      assertTrue(s.paragraph() >= paragraph);
      assertEquals(text.substring(s.start(), s.end()), s.text());
      assertFalse(s.text().isEmpty());
      assertFalse(Character.isWhitespace(s.text().charAt(0)));
      previousEnd = s.end();
      paragraph = s.paragraph();
    }
  }
}
