package io.github.tldr4j.summarizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tldr4j.summarizer.text.Sentence;
import io.github.tldr4j.summarizer.text.SentenceSegmenter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The article and the page furniture of plain texts ({@link PageLayout}). */
final class PageLayoutTest {

  // --- the length of a block in words

  @Test
  void sizeCountsWordsAndPairsOfUnspacedCharactersAnywhereInTheText() {
    // Latin, Thai, Han (one outside the BMP, U+20BB7), kana, Hangul, a lone surrogate, spaces
    String alphabet = "a \u0E01\u4E2D\uD842\uDFB7\u3042\uAC00\uD800\u00E9\n";
    java.util.Random random = new java.util.Random(6);
    for (int round = 0; round < 3_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      int from = text.length() == 0 ? 0 : random.nextInt(text.length());
      int to = from + random.nextInt(text.length() - from + 1);
      assertEquals(sizeByCodePoints(text.toString(), from, to), PageLayout.size(text.toString(), from, to), text + " " + from + " " + to);
    }
  }

  /**
   * A line is compared with a normalized title as normalizing it and comparing would: random lines
   * of ASCII letters in both cases, digits, spaces and punctuation, with non-ASCII letters that
   * lower-case to ASCII ones (U+0130, the Kelvin sign) or by context (capital sigma), against the
   * normalized forms of random titles and of lines like them.
   */
  @Test
  void aLineNormalizesToATitleAsNormalizeSays() {
    String alphabet = "aAbBzZ09 ,.-'\t\u00E9\u00C9\u0130\u212A\u03A3\u03C3\uD83D\uDE00";
    java.util.Random random = new java.util.Random(16);
    for (int round = 0; round < 20_000; round++) {
      String title = randomLine(random, alphabet);
      String line;
      switch (random.nextInt(3)) {
        case 0 -> line = title;
        case 1 -> line = title.toUpperCase(java.util.Locale.ROOT) + (random.nextBoolean() ? "." : "");
        default -> line = randomLine(random, alphabet);
      }
      String normalized = PageLayout.normalize(title);
      assertEquals(PageLayout.normalize(line).equals(normalized), PageLayout.normalizesTo(line, normalized), () -> line + " | " + title);
    }
  }

  private static String randomLine(java.util.Random random, String alphabet) {
    StringBuilder line = new StringBuilder();
    for (int i = random.nextInt(12); i > 0; i--) {
      // mostly ASCII, as most titles are
      line.append(random.nextInt(4) == 0 ? alphabet.charAt(random.nextInt(alphabet.length())) : alphabet.charAt(random.nextInt(13)));
    }
    return line.toString();
  }

  /** The length in words as the definition reads: code point by code point. */
  private static int sizeByCodePoints(String text, int from, int to) {
    int unspaced = 0;
    for (int k = from; k < to; ) {
      int c = text.codePointAt(k);
      k += Character.charCount(c);
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      if (List.of(Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA,
              Character.UnicodeScript.THAI, Character.UnicodeScript.LAO, Character.UnicodeScript.KHMER,
              Character.UnicodeScript.MYANMAR, Character.UnicodeScript.TIBETAN, Character.UnicodeScript.YI)
          .contains(script)) {
        unspaced++;
      }
    }
    return io.github.tldr4j.summarizer.text.Words.count(text, from, to) + unspaced / 2;
  }


  private static final Summarizer SUMMARIZER = Summarizer.builder().build();

  /** The first words of each sentence of the test page's article body: the only candidates. */
  private static final List<String> BODY =
      List.of(
          "ALDER POINT, April 3",
          "The county spent",
          "\"We heard for years",
          "Daily crossings will start",
          "Commuters who drove",
          "\"I am counting",
          "\"The road is fine",
          "Fares will stay");

  @Test
  void pageTextKeepsOnlyTheArticleBody() throws IOException {
    String page = resource("ferry-page.txt");
    PageLayout layout = layout(page, null);
    List<String> content = layout.content().stream().map(Sentence::text).toList();
    assertEquals(BODY.size(), content.size(), content.toString());
    for (int i = 0; i < BODY.size(); i++) {
      assertTrue(content.get(i).startsWith(BODY.get(i)), content.get(i));
    }
  }

  @Test
  void theHeadlineAboveTheArticleBecomesTheTitle() throws IOException {
    PageLayout layout = layout(resource("ferry-page.txt"), null);
    assertTrue(layout.title().contains("ferry"), layout.title());
    assertFalse(layout.title().contains("Subscribe"), layout.title());
  }

  @Test
  void aGivenTitleIsKeptAndALineRepeatingItIsFurniture() {
    String text =
        "Storm closes mountain pass\n\n"
            + "The pass closed on Friday after a night of heavy snow, the road agency said.\n\n"
            + "Ploughs will work through the weekend, and the road should open by Monday morning.\n\n"
            + "STORM CLOSES MOUNTAIN PASS!\n\n"
            + "Drivers were told to take the valley road, which adds about forty minutes.";
    PageLayout layout = layout(text, "Storm closes mountain pass");
    assertEquals("Storm closes mountain pass", layout.title());
    assertTrue(layout.content().stream().noneMatch(s -> s.text().toLowerCase().contains("storm closes")));
    assertEquals(3, layout.content().size());
  }

  static Stream<String> textsWithoutLayout() {
    return Stream.of(
        // running prose on one line
        "The council met on Monday. It voted to extend the library's hours. The change starts in May.",
        // hard-wrapped prose, LF and CR LF
        "The council met on Monday evening and, after a long debate, voted\nto extend the opening hours"
            + " of the library on weekdays. The change\nstarts in May and costs little.",
        "The council met on Monday evening and, after a long debate, voted\r\nto extend the opening"
            + " hours of the library on weekdays. The change\r\nstarts in May and costs little.",
        // one paragraph per line, all punctuated
        "First paragraph with a few words in it.\nSecond paragraph, also with words in it.\nThird one"
            + " ends here too.",
        // no sentence punctuation at all (chat, or a script without full stops)
        "hey are you coming tonight\nnot sure yet\nlet me know by six\nok will do",
        "");
  }

  @ParameterizedTest
  @MethodSource("textsWithoutLayout")
  void textWithoutPageLayoutKeepsEverySentence(String text) {
    List<Sentence> all = SentenceSegmenter.forLanguage("en").segment(text);
    PageLayout layout = PageLayout.of(text, all, null);
    assertEquals(all, layout.content());
    assertNull(layout.title());
  }

  @Test
  void anArticleCutByAPictureKeepsBothHalves() {
    String text =
        "Home\nNews\nSport\n\n"
            + "Village school wins national chess title\n\n"
            + "The chess club of a village school with forty pupils won the national junior title on"
            + " Saturday. Its four players beat teams from schools twenty times larger.\n\n"
            + "Their coach, a retired engineer, started the club three years ago with two boards and a"
            + " box of pieces borrowed from the parish hall.\n\n"
            + "The team with their trophy in the school hall\n"
            + "Photo: Press Office\n\n"
            + "The pupils will play at the European championship in the autumn. The parents have begun"
            + " to raise money for the trip with bake sales and a sponsored walk.\n\n"
            + "Share this article\nFacebook\nEmail\n";
    PageLayout layout = layout(text, null);
    List<String> content = layout.content().stream().map(Sentence::text).toList();
    assertEquals(5, content.size(), content.toString());
    assertTrue(content.get(0).startsWith("The chess club"));
    assertTrue(content.get(4).startsWith("The parents"));
    assertEquals("Village school wins national chess title", layout.title());
  }

  /**
   * A short article in wiki (or Markdown) markup: a lead section of two sentences, then a heading
   * with a subheading, or a heading with a list's lead-in under it, and a section four times as
   * long as the lead.
   */
  static Stream<String> articlesWithHeadings() {
    String body =
        "Der Turm wurde zwischen 1871 und 1874 aus Ziegeln gebaut, die ein Schiff aus Holland"
            + " brachte. Die Arbeiter wohnten in Baracken auf der Insel und bekamen ihr Wasser vom"
            + " Festland. Im ersten Winter zerstörte ein Sturm das Gerüst, und der Bau ruhte drei"
            + " Monate lang. Danach wuchs der Turm jede Woche um gut einen Meter.\n\n"
            + "Das Licht brannte zuerst mit Rüböl, später mit Petroleum und seit 1925 elektrisch."
            + " Ein Wärter wohnte mit seiner Familie im Haus am Fuß des Turms und stieg jede Nacht"
            + " mehrmals die Treppe hinauf. Er putzte die Linse, zog das Uhrwerk auf und schrieb"
            + " jedes Schiff in ein Buch, das heute im Museum der Stadt liegt.\n\n"
            + "Seit 1986 arbeitet das Feuer ohne Wärter. Der Turm gehört heute einem Verein, der"
            + " ihn im Sommer für Besucher öffnet und die Treppe, die Fenster und das Dach pflegt.\n";
    String lead =
        "Der Leuchtturm von Nordmoor ist ein Leuchtturm an der Küste der Nordsee. Er ist 38 Meter"
            + " hoch und warnt seit 1874 die Schiffe vor einer Sandbank.\n\n";
    return Stream.of(
        lead + "== Geschichte\n\n=== Bau\n\n" + body,
        lead + "==Geschichte==\n\nZum Bau:\n\n" + body,
        lead + "## Geschichte\n\n### Bau\n\n" + body);
  }

  @ParameterizedTest
  @MethodSource("articlesWithHeadings")
  void headingsInMarkupDoNotCutTheLeadOffItsArticle(String text) {
    // issue 15: two furniture lines in a row used to end the lead's run of prose, and the lead,
    // under a quarter of the long section's words, was left out of the candidates
    List<Sentence> all = SentenceSegmenter.forLanguage("de").segment(text);
    PageLayout layout = PageLayout.of(text, all, null);
    List<String> content = layout.content().stream().map(Sentence::text).toList();
    assertTrue(content.get(0).startsWith("Der Leuchtturm von Nordmoor"), content.toString());
    assertTrue(content.stream().noneMatch(s -> s.contains("Geschichte") || s.contains("Bau:")), content.toString());
    assertTrue(content.stream().noneMatch(s -> s.startsWith("#") || s.startsWith("=")), content.toString());
    assertNull(layout.title(), "no headline above the article");
  }

  @Test
  void punctuatedCreditsAndDatelinesAreFurniture() {
    // a byline with its date and time, a picture credit with its caption and a copyright line, all
    // ending in full stops, around an article of three paragraphs
    String text =
        "Home\nLocal\nWeather\n\n"
            + "Harbour crane to be taken down\n\n"
            + "By Ruth Amsel on Tuesday, March 3rd, 2026 at 10:15 a.m.\n\n"
            + "The old harbour crane, idle since the container berth moved north, will be taken down"
            + " in the spring, the port authority said on Monday.\n\n"
            + "\u00A9 Ivo Brand The crane seen from the fish market at dusk.\n\n"
            + "Engineers found that its base had rusted through in two places, and repairs would cost"
            + " more than a new crane for the marina.\n\n"
            + "A group of residents wants the jib kept as a monument on the quay, and has asked the"
            + " authority to store it until a site is found.\n\n"
            + "\u00A9 2026 The Harbour Gazette. All rights reserved.\n";
    PageLayout layout = layout(text, null);
    List<String> content = layout.content().stream().map(Sentence::text).toList();
    assertEquals(3, content.size(), content.toString());
    assertTrue(content.get(0).startsWith("The old harbour crane"), content.get(0));
    assertTrue(content.get(1).startsWith("Engineers found"), content.get(1));
    assertTrue(content.get(2).startsWith("A group of residents"), content.get(2));
    // a sentence of the article with a year but no clock time, or a time but no year, stays
    String plain =
        "Home\nLocal\n\nThe crane was built in 1961 and lifted its last load in 2019.\n\n"
            + "The demolition starts at 7:30 on a Sunday, when the quay is quiet.\n\n"
            + "The port authority will sell the steel and give the money to the maritime museum.\n\n"
            + "Share\nEmail\n";
    assertEquals(3, layout(plain, null).content().size(), layout(plain, null).content().toString());
  }

  @Test
  void unspacedScriptPagesAreReadToo() {
    String text =
        "ホーム\nニュース\nログイン\n\n"
            + "市立図書館が開館時間を延長\n\n"
            + "市立図書館は来月から平日の開館時間を夜九時まで延長すると発表した。利用者の要望に応えたという。\n\n"
            + "延長に必要な費用は年間約二百万円で、市の予算から支出される。職員二名を新たに雇う予定だ。\n\n"
            + "関連記事\n人気ランキング\n";
    PageLayout layout = layout(text, null);
    assertEquals(4, layout.content().size(), layout.content().toString());
    assertEquals("市立図書館が開館時間を延長", layout.title());
  }

  @Test
  void summariesOfAPageNeverChooseFurniture() throws IOException {
    String page = resource("ferry-page.txt");
    List<Budget> budgets =
        List.of(
            Budget.words(30), Budget.words(60), Budget.words(100), Budget.words(150), Budget.words(400),
            Budget.sentences(1), Budget.sentences(3), Budget.sentences(20),
            Budget.ratio(0.1), Budget.ratio(0.3), Budget.ratio(0.5), Budget.ratio(1.0));
    for (Budget budget : budgets) {
      Summary summary = SUMMARIZER.summarize(page, budget);
      for (ScoredSentence s : summary.sentences()) {
        assertTrue(BODY.stream().anyMatch(s.text()::startsWith), budget + ": " + s.text());
      }
      // the statistics describe the whole text that was given
      assertEquals(page.split("\\s+").length - (page.startsWith(" ") ? 1 : 0),
          summary.stats().originalWords(), budget.toString());
    }
  }

  @Test
  void endsSentenceUsesTheSegmentersTerminators() {
    // issue 12 review: one classification of terminators, the segmenter's, not a second list here
    for (char c = 1; c < Character.MAX_VALUE; c++) {
      if (Character.isSurrogate(c) || Character.isWhitespace(c) || Character.getType(c) == Character.FINAL_QUOTE_PUNCTUATION
          || Character.getType(c) == Character.END_PUNCTUATION || Character.getType(c) == Character.INITIAL_QUOTE_PUNCTUATION) {
        continue;
      }
      String sentence = "Ende" + c;
      assertEquals(SentenceSegmenter.isTerminator(c), PageLayout.endsSentence(sentence), () -> sentence);
    }
    assertTrue(PageLayout.endsSentence("Wait\u2025"), "two-dot leader, an ellipsis to the segmenter");
    assertTrue(PageLayout.endsSentence("\u0710\u0700"), "Syriac full stop");
    assertFalse(PageLayout.endsSentence("Ingredients;"), "a semicolon ends no sentence in the generic rules");
  }

  @Test
  void endsSentenceLooksPastClosingQuotesAndBrackets() {
    assertTrue(PageLayout.endsSentence("He said: \"Not today.\""));
    assertTrue(PageLayout.endsSentence("It rained (again.)  "));
    assertTrue(PageLayout.endsSentence("Wirklich?»"));
    assertTrue(PageLayout.endsSentence("终于到了。」"));
    assertTrue(PageLayout.endsSentence("هل جاء؟"));
    assertFalse(PageLayout.endsSentence("Sign In"));
    assertFalse(PageLayout.endsSentence("Photo: Press Office"));
    assertFalse(PageLayout.endsSentence("Read more:"));
    assertFalse(PageLayout.endsSentence("\"\""));
  }

  private static PageLayout layout(String text, String title) {
    return PageLayout.of(text, SentenceSegmenter.forLanguage(text.contains("。") ? "ja" : "en").segment(text), title);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = PageLayoutTest.class.getResourceAsStream("/pages/" + name)) {
      if (in == null) {
        throw new IOException("missing test resource /pages/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  // --- a long text's blocks read on several threads (issue 14)

  @Test
  void blocksReadInRangesGiveTheSameLayout() {
    // pages of furniture and prose, with and without a title: the same candidates, title and words
    java.util.Random random = new java.util.Random(14);
    String[] lines = {
      "Home", "News", "Sport", "Share this article", "© 2026 Harbour Press",
      "By Ann Lee on Monday, May 4th, 2026 at 9:40 a.m.", "## Tides",
      "The ferry left the pier at noon and the crew waved to the people on the shore.",
      "Storms closed the harbour twice this winter. Repairs will take until the spring.",
      "A short line.", "Yes.", "港口今天关闭了。渡轮明天再开。",
    };
    for (int round = 0; round < 40; round++) {
      StringBuilder text = new StringBuilder();
      for (int l = 30 + random.nextInt(300); l > 0; l--) {
        text.append(lines[random.nextInt(lines.length)]).append(random.nextInt(3) == 0 ? "\n\n" : "\n");
      }
      String body = text.toString();
      List<Sentence> sentences = SentenceSegmenter.forLanguage("en").segment(body);
      String title = round % 2 == 0 ? null : "The ferry left the pier";
      PageLayout one = PageLayout.of(body, sentences, title, 1);
      for (int ranges : new int[] {2, 5, 64}) {
        PageLayout shared = PageLayout.of(body, sentences, title, ranges);
        assertEquals(one.content(), shared.content());
        assertEquals(one.title(), shared.title());
        assertEquals(one.words(), shared.words());
      }
      int words = 0;
      for (Sentence s : sentences) {
        words += io.github.tldr4j.summarizer.text.Words.count(body, s.start(), s.end());
      }
      assertEquals(words, one.words());
    }
  }

  @Test
  void codePointsCountedInRangesCountASurrogatePairCutBetweenThemOnce() {
    String text = "a\uD83D\uDEA2b\uD842\uDFB7\uD800c\uDC00\uD83D\uDEA2\uD83D";
    for (int ranges = 1; ranges <= text.length(); ranges++) {
      assertEquals(text.codePointCount(0, text.length()), Summarizer.codePoints(text, ranges));
    }
  }

  // --- the patterns' quick tests, against the patterns themselves

  @Test
  void aBlockWithoutFourDigitsInARowHasNoYear() {
    // digits, the year's neighbours (letters, other numbers: Arabic-Indic, superscript, a digit
    // outside the BMP), separators and a lone surrogate, in regions of random texts
    String[] pieces = {"19", "20", "0", "7", "2026", " ", "a", ":", "h", ".", "\u0661", "\u00B2", "\uD835\uDFCE", "\uD800"};
    java.util.Random random = new java.util.Random(11);
    java.util.regex.Pattern year = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])(?:19|20)\\d\\d(?![\\p{L}\\p{N}])");
    int years = 0;
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(8); i > 0; i--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      int from = text.length() == 0 ? 0 : random.nextInt(text.length() / 2 + 1);
      int to = text.length() - random.nextInt(text.length() - from + 1) / 2;
      boolean found = year.matcher(text).region(from, to).find();
      boolean digits = PageLayout.hasFourDigits(text.toString(), from, to);
      assertTrue(digits || !found, text + " " + from + " " + to);
      assertEquals(hasFourDigitsByDefinition(text.substring(from, to)), digits, text + " " + from + " " + to);
      years += found ? 1 : 0;
    }
    assertTrue(years > 100, "the texts hold years: " + years);
  }

  private static boolean hasFourDigitsByDefinition(String s) {
    return s.matches("(?s).*[0-9]{4}.*");
  }

  @Test
  void headingMarkupIsAnsweredAsThePatternAnswers() {
    String alphabet = "#= \tab\u00A0\u2003.";
    java.util.Random random = new java.util.Random(12);
    java.util.regex.Pattern heading =
        java.util.regex.Pattern.compile("(?:#{1,6}|={1,6})[ \\t]+\\S.*|(={1,6})[^=\\s].*\\1[ \\t]*");
    int headings = 0;
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String stripped = text.toString().strip();
      boolean expected = heading.matcher(stripped).matches();
      assertEquals(expected, PageLayout.isHeadingMarkup(stripped), "'" + stripped + "'");
      headings += expected ? 1 : 0;
    }
    assertTrue(headings > 100, "the texts hold headings: " + headings);
  }
}
