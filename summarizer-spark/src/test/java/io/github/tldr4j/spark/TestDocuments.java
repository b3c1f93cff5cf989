package io.github.tldr4j.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tldr4j.summarizer.Budget;
import io.github.tldr4j.summarizer.CompressionStats;
import io.github.tldr4j.summarizer.Document;
import io.github.tldr4j.summarizer.ScoredSentence;
import io.github.tldr4j.summarizer.Summarizer;
import io.github.tldr4j.summarizer.Summary;
import io.github.tldr4j.summarizer.scoring.Algorithm;
import io.github.tldr4j.summarizer.text.Words;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Documents written for these tests (fictional news, in our own words), and the reference: the
 * line {@code tldr --jsonl} writes for a document, rebuilt here from the library with the command
 * line's field semantics, independently of the code under test.
 */
final class TestDocuments {

  /** One input line of {@code tldr --jsonl}: any field but id may be null. */
  record Doc(String id, String text, String title, String language) {}

  static final StructType SCHEMA =
      new StructType()
          .add("id", DataTypes.StringType)
          .add("text", DataTypes.StringType)
          .add("title", DataTypes.StringType)
          .add("language", DataTypes.StringType);

  static final List<Doc> GOOD =
      List.of(
          new Doc(
              "ferry",
              "The island of Kestrel Bay will get its first electric ferry next spring, the regional"
                  + " transport board said on Tuesday. The vessel, built at a yard in the north, can carry"
                  + " 120 passengers and 18 cars.\n\nIt will replace a diesel boat that has served the"
                  + " route since 1987. Board chair Mira Olsen said fuel costs on the crossing had tripled"
                  + " in a decade. \"The old boat burns more money than diesel,\" she said.\n\nCharging"
                  + " points will be built at both piers. The crossing takes 25 minutes, long enough to"
                  + " recharge while cars board. Islanders have asked for a later evening sailing, which"
                  + " the board said it would consider. Tickets will cost the same as today.",
              "Kestrel Bay to get electric ferry",
              null),
          new Doc(
              "orchard",
              "Apple growers in the Varden valley expect a small harvest after a late frost in April."
                  + " Blossom froze on about half the trees, the growers' association estimates.\n\nPrices"
                  + " at the farm gate have already risen by a fifth. Some farms will open their orchards"
                  + " to pickers for only two weekends instead of six. Cider makers say they will buy"
                  + " fruit from other regions. The association asked the county for help with frost"
                  + " fans, which cost about 30,000 euros each. A county spokesman said the request would"
                  + " be discussed in June. Growers hope the pears, which flowered later, were spared.",
              null,
              "en"),
          new Doc(
              "wrapped",
              "A sentence wrapped\nover two lines, with  two spaces and\ta tab. Another one\u0085with"
                  + " a next-line mark and a NUL\u0000inside. This one has a no-break\u00a0space."
                  + "   Trailing spaces follow the last sentence.   \n",
              null,
              "EN-us"),
          new Doc(
              "bibliotheque",
              "La bibliothèque municipale de Saint-Aubin rouvrira ses portes lundi après huit mois de"
                  + " travaux. Les salles de lecture ont été agrandies et une terrasse a été aménagée sur"
                  + " le toit. La mairie a investi 2,4 millions d'euros dans le chantier. Les horaires"
                  + " seront élargis le samedi soir. Une exposition de photographies anciennes de la"
                  + " ville marquera la réouverture.",
              "La bibliothèque rouvre",
              "fr"),
          new Doc(
              "radweg",
              "Der neue Radweg zwischen Nordstadt und Hafen ist fertig. Die Strecke ist vier Kilometer"
                  + " lang und beleuchtet. Die Stadt hat dafür drei Jahre gebraucht. Anwohner hatten"
                  + " sich über die lange Bauzeit beschwert. Am Wochenende soll ein kleines Fest an der"
                  + " Brücke stattfinden.",
              null,
              "de"),
          new Doc("empty", "", null, null),
          new Doc("blank", "  \n\n\t ", "A title alone", null),
          new Doc("one", "Only one sentence here", null, null));

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TestDocuments() {}

  static Dataset<Row> frame(SparkSession spark, List<Doc> docs) {
    List<Row> rows = new ArrayList<>();
    for (Doc d : docs) {
      rows.add(RowFactory.create(d.id(), d.text(), d.title(), d.language()));
    }
    return spark.createDataFrame(rows, SCHEMA);
  }

  /**
   * The line {@code tldr --jsonl} writes for a document: {@code {"id", "summary", "indices",
   * "stats"}}, each sentence on one line.
   */
  static String expectedLine(Doc doc, Budget budget, String defaultLanguage) {
    return expectedLine(doc, budget, defaultLanguage, Algorithm.TFIDF);
  }

  static String expectedLine(Doc doc, Budget budget, String defaultLanguage, Algorithm algorithm) {
    String language = doc.language() == null ? defaultLanguage : doc.language();
    Summarizer summarizer = Summarizer.builder().language(language).algorithm(algorithm).build();
    Document document =
        doc.title() == null ? Document.of(doc.text()) : Document.of(doc.title(), doc.text());
    Summary summary = summarizer.summarize(document, budget);
    ObjectNode line = MAPPER.createObjectNode();
    line.put("id", doc.id());
    ArrayNode sentences = line.putArray("summary");
    ArrayNode indices = line.putArray("indices");
    for (ScoredSentence s : summary.sentences()) {
      sentences.add(oneLine(s.text()));
      indices.add(s.index());
    }
    CompressionStats stats = summary.stats();
    ObjectNode statsNode = line.putObject("stats");
    statsNode.put("originalWords", stats.originalWords());
    statsNode.put("originalSentences", stats.originalSentences());
    statsNode.put("originalCharacters", stats.originalCharacters());
    statsNode.put("summaryWords", stats.summaryWords());
    statsNode.put("summarySentences", stats.summarySentences());
    statsNode.put("saved", stats.saved());
    statsNode.put("savedPercent", stats.savedPercent());
    try {
      return MAPPER.writeValueAsString(line);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> expectedLines(List<Doc> docs, Budget budget, String defaultLanguage) {
    return expectedLines(docs, budget, defaultLanguage, Algorithm.TFIDF);
  }

  static List<String> expectedLines(
      List<Doc> docs, Budget budget, String defaultLanguage, Algorithm algorithm) {
    List<String> lines = new ArrayList<>();
    for (Doc d : docs) {
      lines.add(expectedLine(d, budget, defaultLanguage, algorithm));
    }
    return lines;
  }

  /**
   * The command line's one-line form of a sentence: each word separator ({@link
   * Words#isWhitespace(char)}) made a space, then the words joined by single spaces.
   */
  static String oneLine(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (Words.isWhitespace(chars[i])) {
        chars[i] = ' ';
      }
    }
    List<String> words = new ArrayList<>();
    for (String w : new String(chars).split(" ")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return String.join(" ", words);
  }

}
