package io.github.tldr4j.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.tldr4j.summarizer.Budget;
import io.github.tldr4j.summarizer.ScoredSentence;
import io.github.tldr4j.summarizer.Summarizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Extraction on hand-made pages of each kind a summarizer is handed (written for this project; no
 * third-party text): {@code pages/NAME.html} with {@code pages/NAME.expected}, whose lines say
 * what the article must hold:
 *
 * <ul>
 *   <li>{@code + text}: in the article; {@code = text}: in it exactly once; {@code - text}: not in it;
 *   <li>{@code ? text}: all of these lines in it, or none of them;
 *   <li>{@code order}: the {@code +} lines appear in the order given;
 *   <li>{@code blocks N}: the article has N blocks.
 * </ul>
 */
final class PageCategoriesTest {

  private static final Summarizer SUMMARIZER = Summarizer.builder().language("en").build();

  static Stream<String> pages() {
    return Stream.of(
        "forum", "blog", "news", "listing", "comments", "jsonld", "split", "table", "layout-table");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = PageCategoriesTest.class.getResourceAsStream("/pages/" + name)) {
      if (in == null) {
        throw new IOException("missing test resource pages/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @MethodSource("pages")
  void extractsTheArticleOfEachKindOfPage(String name) throws IOException {
    Article article = ArticleExtractor.create().extract(resource(name + ".html"), "https://example.org/" + name);
    String text = article.text();
    List<String> wanted = new ArrayList<>();
    List<String> group = new ArrayList<>();
    boolean ordered = false;
    for (String line : resource(name + ".expected").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (line.equals("order")) {
        ordered = true;
      } else if (line.startsWith("blocks ")) {
        assertEquals(Integer.parseInt(line.substring(7).trim()), article.paragraphs().size(), name + ": " + article.paragraphs());
      } else {
        String fragment = line.substring(2);
        switch (line.charAt(0)) {
          case '+' -> {
            assertTrue(text.contains(fragment), name + ": missing \"" + fragment + "\" in:\n" + text);
            wanted.add(fragment);
          }
          case '=' -> assertEquals(1, count(text, fragment), name + ": not once: \"" + fragment + "\" in:\n" + text);
          case '-' -> assertFalse(text.contains(fragment), name + ": furniture \"" + fragment + "\" in:\n" + text);
          case '?' -> group.add(fragment);
          default -> fail("bad line in " + name + ".expected: " + line);
        }
      }
    }
    long present = group.stream().filter(text::contains).count();
    assertTrue(present == 0 || present == group.size(), name + ": part of a group kept:\n" + text);
    if (ordered) {
      int at = -1;
      for (String fragment : wanted) {
        int next = text.indexOf(fragment);
        assertTrue(next > at, name + ": out of order: \"" + fragment + "\"");
        at = next;
      }
    }
  }

  @ParameterizedTest
  @MethodSource("pages")
  void summariesOfEachKindOfPageHoldNoFurniture(String name) throws IOException {
    Article article = ArticleExtractor.create().extract(resource(name + ".html"));
    List<String> furniture = new ArrayList<>();
    for (String line : resource(name + ".expected").split("\n")) {
      if (line.startsWith("- ")) {
        furniture.add(line.substring(2));
      }
    }
    for (int words = 20; words <= 200; words += 30) {
      for (ScoredSentence sentence : SUMMARIZER.summarize(article.toDocument(), Budget.words(words)).sentences()) {
        for (String f : furniture) {
          assertFalse(sentence.text().contains(f), name + " at " + words + " words: " + sentence.text());
        }
      }
    }
  }

  private static int count(String text, String fragment) {
    int n = 0;
    for (int at = text.indexOf(fragment); at >= 0; at = text.indexOf(fragment, at + 1)) {
      n++;
    }
    return n;
  }
}
