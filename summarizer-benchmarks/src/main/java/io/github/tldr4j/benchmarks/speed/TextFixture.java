package io.github.tldr4j.benchmarks.speed;

import io.github.tldr4j.benchmarks.DataDirectory;
import io.github.tldr4j.benchmarks.Dataset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds the benchmark texts from real English news: the article bodies of {@code
 * bbc-news-dev.jsonl} from the shared development data, joined by blank lines (as paragraphs are)
 * and cycled when the target is larger than the file (about 3.2 MB of text), then cut at the last
 * whitespace before the target size. Deterministic: the same size always gives the same text.
 * Shared by the benchmarks that need news text of a given size.
 *
 * <p>The data directory is found by {@link DataDirectory}. Stateless.
 */
public final class TextFixture {

  /** The file the texts are taken from. */
  static final String SOURCE = "bbc-news-dev.jsonl";

  private TextFixture() {}

  /**
   * Parses a size label: a number of characters with an optional {@code KB} or {@code MB} suffix
   * (binary multiples), such as {@code 280}, {@code 4KB} or {@code 10MB}.
   *
   * @param label the size label
   * @return the number of characters
   * @throws IllegalArgumentException if the label is malformed or not positive
   */
  public static int parseSize(String label) {
    String s = label.strip().toUpperCase(Locale.ROOT);
    int multiplier = 1;
    if (s.endsWith("KB")) {
      multiplier = 1 << 10;
      s = s.substring(0, s.length() - 2);
    } else if (s.endsWith("MB")) {
      multiplier = 1 << 20;
      s = s.substring(0, s.length() - 2);
    }
    long value;
    try {
      value = Long.parseLong(s.strip()) * multiplier;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a size (e.g. 280, 4KB, 10MB): " + label, e);
    }
    if (value <= 0 || value > Integer.MAX_VALUE / 2) {
      throw new IllegalArgumentException("size out of range: " + label);
    }
    return (int) value;
  }

  /**
   * Returns the text of at most {@code chars} characters that starts with the file's first
   * article: the first of {@link #texts}.
   *
   * @param chars the size in characters
   * @return the text
   * @throws IllegalStateException if the shared data cannot be found or has no text
   */
  public static String text(int chars) {
    return texts(chars, 1).get(0);
  }

  /**
   * Returns {@code count} distinct texts of at most {@code chars} characters each (and more than
   * {@code chars - 100}), starting at articles spread evenly over the file: whole articles followed
   * by a prefix of the next one. Benchmarks cycle through them, as a service summarizing an archive
   * would, so that a small text repeated millions of times cannot train the branch predictors.
   *
   * @throws IllegalStateException if the shared data cannot be found or has no text
   */
  static List<String> texts(int chars, int count) {
    List<String> articles = articles(dataDirectory().resolve(SOURCE));
    List<String> texts = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      texts.add(text(articles, (int) ((long) k * articles.size() / count), chars));
    }
    return texts;
  }

  /**
   * How many distinct texts of {@code chars} characters a benchmark cycles through: 64 small ones,
   * fewer as they grow (about 4 MB in all), at least one.
   */
  static int distinctTexts(int chars) {
    return Math.max(1, Math.min(64, (4 << 20) / chars));
  }

  /**
   * Joins {@code articles} from index {@code first} on (cycled as needed) with blank lines and cuts
   * at the last whitespace before {@code chars}.
   */
  static String text(List<String> articles, int first, int chars) {
    if (articles.isEmpty()) {
      throw new IllegalStateException("no articles to build a text from");
    }
    StringBuilder out = new StringBuilder(chars + 16);
    for (int i = first % articles.size(); out.length() <= chars; i = (i + 1) % articles.size()) {
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(articles.get(i));
    }
    int cut = chars;
    while (cut > 0 && !Character.isWhitespace(out.charAt(cut))) {
      cut--;
    }
    if (cut == 0) {
      cut = chars; // one word longer than the target: keep the prefix
    }
    return out.substring(0, cut).strip();
  }

  /** The non-blank article texts of a dataset file, stripped, in file order. */
  static List<String> articles(Path file) {
    return Dataset.read(file).documents().stream()
        .map(Dataset.Document::text)
        .filter(text -> !text.isBlank())
        .map(String::strip)
        .toList();
  }

  /** Locates the shared data directory (see {@link DataDirectory}). */
  static Path dataDirectory() {
    return DataDirectory.find(SOURCE)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "shared data ("
                        + SOURCE
                        + ") not found; set -Dtldr4j.shared.dir=DIR; tried "
                        + DataDirectory.candidates()));
  }
}
