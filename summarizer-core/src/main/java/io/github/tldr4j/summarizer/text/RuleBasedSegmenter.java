package io.github.tldr4j.summarizer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Rule-based sentence segmenter (placeholder: splits at terminators followed by whitespace and at
 * blank lines; the full rule engine replaces it).
 */
final class RuleBasedSegmenter implements SentenceSegmenter {

  private static final RuleBasedSegmenter INSTANCE = new RuleBasedSegmenter();

  static SentenceSegmenter forLanguage(String language) {
    Objects.requireNonNull(language, "language");
    language.toLowerCase(Locale.ROOT);
    return INSTANCE;
  }

  @Override
  public List<Sentence> segment(CharSequence text) {
    Objects.requireNonNull(text, "text");
    List<Sentence> out = new ArrayList<>();
    int n = text.length();
    int paragraph = 0;
    int start = -1;
    int newlines = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Words.isWhitespace(c)) {
        if (c == '\n') {
          newlines++;
          if (newlines >= 2 && start >= 0) {
            add(out, text, start, i, paragraph);
            start = -1;
          }
        }
        continue;
      }
      if (start < 0) {
        if (newlines >= 2 && !out.isEmpty()) {
          paragraph++;
        }
        start = i;
      }
      newlines = 0;
      if ((c == '.' || c == '!' || c == '?') && (i + 1 == n || Words.isWhitespace(text.charAt(i + 1)))) {
        add(out, text, start, i + 1, paragraph);
        start = -1;
      }
    }
    if (start >= 0) {
      add(out, text, start, n, paragraph);
    }
    return List.copyOf(out);
  }

  private static void add(List<Sentence> out, CharSequence text, int start, int end, int paragraph) {
    while (end > start && Words.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    out.add(new Sentence(out.size(), start, end, paragraph, text.subSequence(start, end).toString()));
  }
}
