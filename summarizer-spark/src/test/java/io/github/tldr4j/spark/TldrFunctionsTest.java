package io.github.tldr4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tldr4j.spark.TestDocuments.Doc;
import io.github.tldr4j.summarizer.Budget;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

final class TldrFunctionsTest {

  private final SparkSession spark = LocalSpark.session();

  @BeforeAll
  static void register() {
    TldrFunctions.register(LocalSpark.session());
    TestDocuments.frame(LocalSpark.session(), TestDocuments.GOOD).createOrReplaceTempView("articles");
  }

  @Test
  void summarizeGivesTheLinesOfTldrJsonl() {
    List<Doc> english = new ArrayList<>();
    for (Doc d : TestDocuments.GOOD) {
      english.add(new Doc(d.id(), d.text(), null, null));
    }
    assertEquals(
        TestDocuments.expectedLines(english, Budget.words(40), "en"),
        lines("SELECT to_json(struct(id, t.summary, t.indices, t.stats)) FROM"
            + " (SELECT id, tldr_summarize(text, 'words', 40) AS t FROM articles)"));
  }

  @Test
  void summarizeDocUsesTitleAndLanguage() {
    assertEquals(
        TestDocuments.expectedLines(TestDocuments.GOOD, Budget.sentences(2), "en"),
        lines("SELECT to_json(struct(id, t.summary, t.indices, t.stats)) FROM"
            + " (SELECT id, tldr_summarize_doc(text, title, language, 'SENTENCES', 2, NULL) AS t FROM articles)"));
  }

  @Test
  void aDecimalOrDoubleRatioIsTheSameBudget() {
    List<String> expected = TestDocuments.expectedLines(TestDocuments.GOOD.subList(0, 2), Budget.ratio(0.3), "en");
    for (String ratio : new String[] {"0.3", "CAST(0.3 AS DOUBLE)", "0.3D"}) {
      assertEquals(
          expected,
          lines("SELECT to_json(struct(id, t.summary, t.indices, t.stats)) FROM (SELECT id,"
              + " tldr_summarize_doc(text, title, language, 'ratio', " + ratio + ", 'TFIDF') AS t FROM articles"
              + " WHERE id IN ('ferry', 'orchard'))"),
          ratio);
    }
  }

  @Test
  void badArgumentsGiveAnErrorNotAFailedQuery() {
    List<Row> rows =
        spark
            .sql("SELECT tldr_summarize_doc(text, NULL, lang, unit, size, algo) AS t FROM VALUES"
                + " (NULL, 'en', 'words', 10, NULL),"
                + " ('Some text.', 'xx', 'words', 10, NULL),"
                + " ('Some text.', 'en', 'pages', 10, NULL),"
                + " ('Some text.', 'en', 'words', 0, NULL),"
                + " ('Some text.', 'en', 'words', 2.5, NULL),"
                + " ('Some text.', 'en', 'ratio', 1.5, NULL),"
                + " ('Some text.', 'en', NULL, 3, NULL),"
                + " ('Some text.', 'en', 'sentences', NULL, NULL),"
                + " ('Some text.', 'en', 'words', 10, 'coin-toss')"
                + " AS v(text, lang, unit, size, algo)")
            .collectAsList();
    String[] expected = {
      "missing text",
      "unsupported language: 'xx'",
      "unknown budget unit 'pages'",
      // the command line's messages (Budget.of), the size as a person would write it
      "words must be a positive whole number, got '0'",
      "words must be a positive whole number, got '2.5'",
      "ratio must be a number greater than 0 and at most 1, got '1.5'",
      "missing budget unit",
      "sentences must be a positive whole number, got 'NaN'",
      "unknown algorithm 'coin-toss'",
    };
    assertEquals(expected.length, rows.size());
    for (int i = 0; i < expected.length; i++) {
      Row t = rows.get(i).getStruct(0);
      assertNull(t.get(0));
      assertNull(t.get(1));
      assertNull(t.get(2));
      assertTrue(t.getString(3).startsWith(expected[i]), t.getString(3));
    }
  }

  private List<String> lines(String sql) {
    List<String> lines = new ArrayList<>();
    for (Row r : spark.sql(sql).collectAsList()) {
      lines.add(r.getString(0));
    }
    return lines;
  }
}
