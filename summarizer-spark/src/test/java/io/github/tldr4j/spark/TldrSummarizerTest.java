package io.github.tldr4j.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tldr4j.spark.TestDocuments.Doc;
import io.github.tldr4j.summarizer.Budget;
import io.github.tldr4j.summarizer.scoring.Algorithm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

final class TldrSummarizerTest {

  private final SparkSession spark = LocalSpark.session();

  static Stream<Arguments> budgets() {
    return Stream.of(
        Arguments.of("words 40", (UnaryOperator<TldrSummarizer>) t -> t.setWords(40), Budget.words(40)),
        Arguments.of("words 1: empty summaries", (UnaryOperator<TldrSummarizer>) t -> t.setWords(1), Budget.words(1)),
        Arguments.of("sentences 2", (UnaryOperator<TldrSummarizer>) t -> t.setSentences(2), Budget.sentences(2)),
        Arguments.of("ratio 0.3 (default)", (UnaryOperator<TldrSummarizer>) t -> t, Budget.ratio(0.3)),
        Arguments.of("ratio 1: every sentence", (UnaryOperator<TldrSummarizer>) t -> t.setRatio(1.0), Budget.ratio(1.0)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("budgets")
  void givesTheLinesOfTldrJsonl(String name, UnaryOperator<TldrSummarizer> configure, Budget budget) {
    TldrSummarizer tldr =
        configure.apply(new TldrSummarizer().setTitleCol("title").setLanguageCol("language"));
    Dataset<Row> out = tldr.transform(TestDocuments.frame(spark, TestDocuments.GOOD));
    assertEquals(TestDocuments.expectedLines(TestDocuments.GOOD, budget, "en"), jsonLines(out, "tldr"));
    assertEquals(0, out.where(col("tldr_error").isNotNull()).count());
  }

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void everyAlgorithmGivesTheLibrarysSummaries(Algorithm algorithm) {
    TldrSummarizer tldr =
        new TldrSummarizer()
            .setTitleCol("title")
            .setLanguageCol("language")
            .setSentences(3)
            .setAlgorithm(algorithm.id().toUpperCase(java.util.Locale.ROOT));
    assertEquals(algorithm.id(), tldr.getOrDefault(tldr.algorithm()));
    assertEquals(
        TestDocuments.expectedLines(TestDocuments.GOOD, Budget.sentences(3), "en", algorithm),
        jsonLines(tldr.transform(TestDocuments.frame(spark, TestDocuments.GOOD)), "tldr"));
  }

  @Test
  void languageParamAppliesToRowsWithoutOne() {
    List<Doc> french =
        List.of(
            new Doc("fr-default", TestDocuments.GOOD.get(3).text(), null, null),
            new Doc("de-given", TestDocuments.GOOD.get(4).text(), null, "de"));
    TldrSummarizer tldr = new TldrSummarizer().setLanguageCol("language").setLanguage("fr").setSentences(2);
    assertEquals(
        TestDocuments.expectedLines(french, Budget.sentences(2), "fr"),
        jsonLines(tldr.transform(TestDocuments.frame(spark, french)), "tldr"));
  }

  @Test
  void withoutTitleOrLanguageColumnsEveryRowIsUntitledInTheDefaultLanguage() {
    List<Doc> untitled = new ArrayList<>();
    for (Doc d : TestDocuments.GOOD.subList(0, 3)) {
      untitled.add(new Doc(d.id(), d.text(), null, null));
    }
    TldrSummarizer tldr = new TldrSummarizer().setWords(30);
    // the frame has title and language columns, but the stage was not told to use them
    Dataset<Row> frame = TestDocuments.frame(spark, TestDocuments.GOOD.subList(0, 3));
    assertEquals(
        TestDocuments.expectedLines(untitled, Budget.words(30), "en"), jsonLines(tldr.transform(frame), "tldr"));
  }

  @Test
  void badRowsGetANullSummaryAndAnErrorWithoutFailingTheJob() {
    List<Doc> docs =
        List.of(
            new Doc("null-text", null, null, null),
            new Doc("klingon", "Some text. More text.", null, "tlh"),
            new Doc("fine", "Some text. More text.", null, "en"));
    Dataset<Row> out =
        new TldrSummarizer()
            .setLanguageCol("language")
            .setOutputCol("s")
            .setErrorCol("why")
            .transform(TestDocuments.frame(spark, docs));
    List<Row> rows = new ArrayList<>(out.select("id", "s", "why").collectAsList());
    rows.sort(java.util.Comparator.comparing(r -> r.getString(0)));
    assertEquals("fine", rows.get(0).getString(0));
    assertNotNull(rows.get(0).get(1));
    assertNull(rows.get(0).get(2));
    assertEquals("klingon", rows.get(1).getString(0));
    assertNull(rows.get(1).get(1));
    assertTrue(rows.get(1).getString(2).startsWith("unsupported language: 'tlh'"), rows.get(1).getString(2));
    assertEquals("null-text", rows.get(2).getString(0));
    assertNull(rows.get(2).get(1));
    assertEquals("missing text", rows.get(2).getString(2));
  }

  @Test
  void everyRowIsSummarizedOnce() {
    LongAccumulator documents = spark.sparkContext().longAccumulator("documents");
    LongAccumulator errors = spark.sparkContext().longAccumulator("errors");
    List<Doc> docs = new ArrayList<>(TestDocuments.GOOD);
    docs.add(new Doc("bad", null, null, null));
    Dataset<Row> out =
        new TldrSummarizer().setLanguageCol("language").transformCounting(TestDocuments.frame(spark, docs), documents, errors);
    assertEquals(docs.size(), out.select("tldr.stats", "tldr_error").collectAsList().size());
    assertEquals(docs.size(), documents.value());
    assertEquals(1, errors.value());
  }

  @Test
  void aPipelineSavedAndLoadedGivesTheSameResult(@TempDir Path dir) throws Exception {
    TldrSummarizer tldr =
        new TldrSummarizer()
            .setTitleCol("title")
            .setLanguageCol("language")
            .setLanguage("de")
            .setSentences(2)
            .setAlgorithm(Algorithm.values()[Algorithm.values().length - 1].id())
            .setOutputCol("digest");
    Dataset<Row> docs = TestDocuments.frame(spark, TestDocuments.GOOD);
    PipelineModel model = new Pipeline().setStages(new PipelineStage[] {tldr}).fit(docs);
    String path = dir.resolve("pipeline").toString();
    model.write().save(path);
    PipelineModel loaded = PipelineModel.load(path);

    TldrSummarizer stage = (TldrSummarizer) loaded.stages()[0];
    assertEquals(tldr.uid(), stage.uid());
    assertEquals("digest", stage.getOutputCol());
    assertEquals("de", stage.getLanguage());
    assertEquals(Budget.sentences(2), stage.budget());
    assertEquals(tldr.getOrDefault(tldr.algorithm()), stage.getOrDefault(stage.algorithm()));
    List<String> expected = jsonLines(model.transform(docs), "digest");
    assertEquals(expected, jsonLines(loaded.transform(docs), "digest"));

    String single = dir.resolve("stage").toString();
    tldr.write().save(single);
    assertEquals(expected, jsonLines(TldrSummarizer.load(single).transform(docs), "digest"));
  }

  @Test
  void copyKeepsTheParams() {
    TldrSummarizer tldr = new TldrSummarizer().setWords(12).setInputCol("body");
    TldrSummarizer copy = tldr.copy(new org.apache.spark.ml.param.ParamMap());
    assertEquals(tldr.uid(), copy.uid());
    assertEquals("body", copy.getInputCol());
    assertEquals(Budget.words(12), copy.budget());
  }

  @Test
  void invalidSettingsFailFastOnTheDriver() {
    TldrSummarizer tldr = new TldrSummarizer();
    assertThrows(IllegalArgumentException.class, () -> tldr.setWords(0));
    assertThrows(IllegalArgumentException.class, () -> tldr.setSentences(-3));
    assertThrows(IllegalArgumentException.class, () -> tldr.setRatio(1.5));
    assertThrows(IllegalArgumentException.class, () -> tldr.setRatio(0));
    assertThrows(IllegalArgumentException.class, () -> tldr.setLanguage("xx"));
    assertThrows(IllegalArgumentException.class, () -> tldr.setAlgorithm("coin-toss"));
    assertThrows(IllegalArgumentException.class, () -> tldr.set(tldr.budgetUnit(), "pages"));
    assertEquals(Budget.ratio(0.3), tldr.budget());

    Dataset<Row> docs = TestDocuments.frame(spark, TestDocuments.GOOD);
    IllegalArgumentException missing =
        assertThrows(IllegalArgumentException.class, () -> new TldrSummarizer().setInputCol("body").transform(docs));
    assertTrue(missing.getMessage().contains("no column 'body'"), missing.getMessage());
    Dataset<Row> numeric = docs.withColumn("n", col("id").cast("int"));
    IllegalArgumentException notText =
        assertThrows(IllegalArgumentException.class, () -> new TldrSummarizer().setInputCol("n").transform(numeric));
    assertTrue(notText.getMessage().contains("must be a string"), notText.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new TldrSummarizer().setOutputCol("title").transform(docs));
    assertThrows(
        IllegalArgumentException.class,
        () -> new TldrSummarizer().setOutputCol("x").setErrorCol("x").transform(docs));
    // a fractional word count set directly (as a hand-edited saved stage could) is refused too
    TldrSummarizer fractional = new TldrSummarizer();
    fractional.set(fractional.budgetUnit(), "words");
    fractional.set(fractional.budgetSize(), 2.5);
    assertThrows(IllegalArgumentException.class, () -> fractional.transform(docs));
  }

  /** The output as {@code tldr --jsonl} lines, in the input's order (a narrow transformation keeps it). */
  static List<String> jsonLines(Dataset<Row> out, String column) {
    List<String> lines = new ArrayList<>();
    Dataset<Row> json =
        out.select(
            to_json(
                struct(
                    col("id"),
                    col(column + ".summary").as("summary"),
                    col(column + ".indices").as("indices"),
                    col(column + ".stats").as("stats"))));
    for (Row r : json.collectAsList()) {
      lines.add(r.getString(0));
    }
    return lines;
  }
}
