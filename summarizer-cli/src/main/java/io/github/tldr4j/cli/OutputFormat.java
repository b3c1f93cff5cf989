package io.github.tldr4j.cli;

import io.github.tldr4j.summarizer.ScoredSentence;
import io.github.tldr4j.summarizer.Summary;
import io.github.tldr4j.summarizer.text.Words;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How a single summary is printed ({@code --format}). Every format prints each sentence on one
 * line, with runs of whitespace collapsed ({@link Words#oneLine(String)}), and ends with a line
 * break.
 */
enum OutputFormat {

  /**
   * One sentence a line, a blank line, then the statistics sentence ({@code describe(locale)}). An
   * empty summary prints the statistics sentence alone.
   */
  TEXT {
    @Override
    String render(Summary summary, Locale locale) {
      StringBuilder sb = new StringBuilder();
      for (ScoredSentence s : summary.sentences()) {
        sb.append(Words.oneLine(s.text())).append('\n');
      }
      if (!summary.isEmpty()) {
        sb.append('\n');
      }
      return sb.append(summary.stats().describe(locale)).append('\n').toString();
    }
  },

  /**
   * A reply as the AutoTL;DR bot writes it: a lead-in line ({@link #leadIn(Locale)}), then each
   * sentence as a paragraph, then the statistics sentence, all separated by blank lines. Block
   * markers at the start of a sentence are escaped ({@link Texts#markdownParagraph(String)}).
   */
  MARKDOWN {
    @Override
    String render(Summary summary, Locale locale) {
      StringBuilder sb = new StringBuilder(leadIn(locale)).append("\n\n");
      for (ScoredSentence s : summary.sentences()) {
        sb.append(Texts.markdownParagraph(Words.oneLine(s.text()))).append("\n\n");
      }
      return sb.append(summary.stats().describe(locale)).append('\n').toString();
    }
  },

  /** One JSON object on one line: {@code {"summary", "indices", "stats"}}; the same in every language. */
  JSON {
    @Override
    String render(Summary summary, Locale locale) {
      return Json.write(Json.summary(Json.object(), summary)) + "\n";
    }
  };

  /** The first line of a Markdown reply, as the bot writes it. */
  static final String LEAD_IN = "This is the best summary I could come up with:";

  /**
   * The lead-in in the languages {@code CompressionStats.describe(Locale)} writes; other languages
   * get the English one, like the statistics sentence.
   */
  private static final Map<String, String> LEAD_INS =
      Map.of(
          "de", "Das ist die beste Zusammenfassung, die mir gelungen ist:",
          "fr", "Voici le meilleur résumé que j’ai pu faire\u00a0:",
          "es", "Este es el mejor resumen que he podido hacer:",
          "it", "Questo è il miglior riassunto che sono riuscito a fare:",
          "pt", "Este é o melhor resumo que consegui fazer:",
          "nl", "Dit is de beste samenvatting die ik kon maken:",
          "ru", "Вот лучшее краткое изложение, которое у меня получилось:");

  /**
   * Returns the first line of a Markdown reply in the language of {@code locale}.
   *
   * @param locale the language of the text
   * @return the lead-in; {@link #LEAD_IN} for English and for languages without a translation
   */
  static String leadIn(Locale locale) {
    return LEAD_INS.getOrDefault(locale.getLanguage(), LEAD_IN);
  }

  /**
   * Renders a summary.
   *
   * @param summary the summary
   * @param locale the language of the statistics sentence and the lead-in (the {@code --lang}
   *     language)
   * @return the complete output, ending with a line break
   */
  abstract String render(Summary summary, Locale locale);

  /**
   * Parses a {@code --format} value (case-insensitive).
   *
   * @param value {@code text}, {@code markdown} or {@code json}
   * @return the format
   * @throws CliException with status {@link CliException#USAGE} for any other value
   */
  static OutputFormat parse(String value) throws CliException {
    Objects.requireNonNull(value, "value");
    switch (value.toLowerCase(Locale.ROOT)) {
      case "text":
        return TEXT;
      case "markdown":
      case "md":
        return MARKDOWN;
      case "json":
        return JSON;
      default:
        throw CliException.usage(
            "--format must be text, markdown or json, got '" + value + "'");
    }
  }
}
