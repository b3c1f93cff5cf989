package io.github.tldr4j.summarizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tldr4j.summarizer.analysis.Analyzers;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every language's analyzer loads and summarizes a short text. */
final class LanguagesTest {

  /** A short text per script; languages not listed get the Latin-script sample. */
  static final Map<String, String> SAMPLES =
      Map.ofEntries(
          Map.entry("ar", "ذهب الولد إلى المدرسة. كانت المدرسة كبيرة وجميلة. لعب الأطفال في الحديقة."),
          Map.entry("bg", "Момчето отиде на училище. Училището беше голямо и красиво. Децата играха в парка."),
          Map.entry("bn", "ছেলেটি স্কুলে গেল। স্কুলটি বড় এবং সুন্দর ছিল। শিশুরা পার্কে খেলল।"),
          Map.entry("ckb", "کوڕەکە چوو بۆ قوتابخانە. قوتابخانەکە گەورە و جوان بوو. منداڵەکان لە پارکەکە یارییان کرد."),
          Map.entry("el", "Το αγόρι πήγε στο σχολείο. Το σχολείο ήταν μεγάλο και όμορφο. Τα παιδιά έπαιξαν στο πάρκο."),
          Map.entry("fa", "پسر به مدرسه رفت. مدرسه بزرگ و زیبا بود. بچه ها در پارک بازی کردند."),
          Map.entry("hi", "लड़का स्कूल गया। स्कूल बड़ा और सुंदर था। बच्चे पार्क में खेले।"),
          Map.entry("hy", "Տղան գնաց դպրոց։ Դպրոցը մեծ էր և գեղեցիկ։ Երեխաները խաղացին այգում։"),
          Map.entry("ja", "少年は学校に行った。学校は大きくて美しかった。子供たちは公園で遊んだ。"),
          Map.entry("ko", "소년은 학교에 갔다. 학교는 크고 아름다웠다. 아이들은 공원에서 놀았다."),
          Map.entry("ne", "केटा विद्यालय गयो। विद्यालय ठूलो र सुन्दर थियो। बच्चाहरू पार्कमा खेले।"),
          Map.entry("ru", "Мальчик пошёл в школу. Школа была большой и красивой. Дети играли в парке."),
          Map.entry("sr", "Дечак је отишао у школу. Школа је била велика и лепа. Деца су се играла у парку."),
          Map.entry("ta", "சிறுவன் பள்ளிக்குச் சென்றான். பள்ளி பெரியதாகவும் அழகாகவும் இருந்தது. குழந்தைகள் பூங்காவில் விளையாடினர்."),
          Map.entry("te", "బాలుడు పాఠశాలకు వెళ్ళాడు. పాఠశాల పెద్దది మరియు అందమైనది. పిల్లలు పార్కులో ఆడుకున్నారు."),
          Map.entry("th", "เด็กชายไปโรงเรียน. โรงเรียนใหญ่และสวยงาม. เด็กๆ เล่นในสวนสาธารณะ."),
          Map.entry("zh", "男孩去了学校。学校又大又漂亮。孩子们在公园里玩耍。"),
          Map.entry("pl", "Chłopiec poszedł do szkoły. Szkoła była duża i jasna. Dzieci bawiły się w parku."),
          // languages without an analyzer or segmentation data of their own (issue 12)
          Map.entry("sk", "Chlapec išiel do školy. Škola bola veľká a svetlá. Deti sa hrali v parku."),
          Map.entry("uk", "Хлопчик пішов до школи. Школа була великою і світлою. Діти гралися в парку."),
          Map.entry("am", "ልጁ ወደ ትምህርት ቤት ሄደ። ትምህርት ቤቱ ትልቅ ነበር። ልጆቹ በፓርኩ ተጫወቱ።"),
          Map.entry("ur", "لڑکا اسکول گیا۔ اسکول بڑا اور روشن تھا۔ بچے پارک میں کھیلے۔"),
          Map.entry("kk", "Бала мектепке барды. Мектеп үлкен әрі жарық еді. Балалар саябақта ойнады."));

  static final String LATIN =
      "The children went to school early. The school was large and bright. They played in the park"
          + " until noon.";

  static Stream<String> languages() {
    return Stream.concat(Analyzers.supportedLanguages().stream(), Stream.of("sk", "uk", "am", "ur", "kk"));
  }

  @ParameterizedTest
  @MethodSource("languages")
  void everyLanguageSummarizesAShortText(String language) {
    Summarizer summarizer = Summarizer.builder().language(language).build();
    String text = SAMPLES.getOrDefault(language, LATIN);
    Summary summary = summarizer.summarize(text, Budget.sentences(2));
    assertFalse(summary.isEmpty(), language);
    assertTrue(summary.stats().originalSentences() >= 2, language + ": " + summary.stats());
    assertTrue(summary.sentences().size() <= 2);
    assertTrue(summarizer.rank(text).stream().anyMatch(s -> s.score() > 0.0), language);
    SummarizerTest.assertInvariants(language, text, summary);
  }

  @Test
  void regionSuffixesAndCaseAreIgnored() {
    assertEquals("en", Summarizer.builder().language("EN-us").build().language());
    assertEquals("pt", Summarizer.builder().language("pt_BR").build().language());
  }

  /** Issue 12: any ISO 639-1 code is a language; other strings are not. */
  @Test
  void acceptsEveryIso6391CodeAndRejectsOthers() {
    for (String code : java.util.Locale.getISOLanguages()) {
      Summarizer.builder().language(code).build();
    }
    assertEquals("he", Summarizer.builder().language("iw").build().language());
    for (String bad : List.of("xx", "zz", "english", "", "1")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Summarizer.builder().language(bad));
      assertTrue(e.getMessage().contains("ISO 639-1"), e.getMessage());
    }
  }

  /** Polish has Lucene's stempel stemmer: inflected forms share a term. */
  @Test
  void polishIsStemmed() throws java.io.IOException {
    try (org.apache.lucene.analysis.Analyzer polish = Analyzers.forLanguage("pl");
        org.apache.lucene.analysis.Analyzer generic = Analyzers.forLanguage("sk")) {
      assertEquals(terms(polish, "książka"), terms(polish, "książki"));
      assertEquals(terms(polish, "domu"), terms(polish, "domami"));
      assertEquals(List.of("školy"), terms(generic, "Školy"));
    }
  }

  private static List<String> terms(org.apache.lucene.analysis.Analyzer analyzer, String text)
      throws java.io.IOException {
    List<String> terms = new java.util.ArrayList<>();
    try (org.apache.lucene.analysis.TokenStream ts = analyzer.tokenStream("f", text)) {
      org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
          ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    }
    return terms;
  }

  @Test
  void everyLuceneLanguageIsSupported() {
    assertTrue(Analyzers.supportedLanguages().size() >= 40, Analyzers.supportedLanguages().toString());
  }
}
