package io.github.tldr4j.web;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page states about itself: title, language, canonical address, author, publication date,
 * and the article body its JSON-LD structured data carries (a hint for the extractor). Read from
 * the page before it is cleaned. Immutable.
 */
record Metadata(
    String title,
    String language,
    String url,
    String byline,
    String published,
    String structuredBody) {

  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»/]+\\s+");
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(?:[-_].*)?");
  private static final int MAX_FIELD = 200;

  static Metadata read(Document page, String baseUrl) {
    JsonLd jsonLd = JsonLd.read(page);
    String title = title(page, jsonLd);
    String language =
        language(
            first(
                page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang"),
                meta(page, "meta[http-equiv=content-language]"),
                meta(page, "meta[property=og:locale]"),
                jsonLd.field("inLanguage")));
    String url =
        first(
            absolute(page.selectFirst("link[rel=canonical][href]")),
            meta(page, "meta[property=og:url]"),
            baseUrl);
    String byline =
        clip(
            first(
                meta(page, "meta[name=author]"),
                meta(page, "meta[property=article:author]"),
                jsonLd.author(),
                text(page.selectFirst("[rel=author]")),
                text(page.selectFirst("[itemprop=author] [itemprop=name], [itemprop=author]"))));
    if (byline.startsWith("http://") || byline.startsWith("https://")) {
      byline = first(jsonLd.author(), text(page.selectFirst("[rel=author]")));
    }
    String published =
        clip(
            first(
                meta(page, "meta[property=article:published_time]"),
                jsonLd.field("datePublished"),
                meta(page, "meta[itemprop=datePublished]"),
                meta(page, "meta[name=pubdate], meta[name=publishdate], meta[name=date]"),
                attr(page.selectFirst("time[datetime]"), "datetime")));
    return new Metadata(
        title, language, url, byline, published, jsonLd.lines("articleBody"));
  }

  private static String title(Document page, JsonLd jsonLd) {
    String og = meta(page, "meta[property=og:title], meta[name=twitter:title]");
    String head = Text.collapse(page.title());
    Element h1 = page.body() == null ? null : page.body().selectFirst("h1");
    String heading = h1 == null ? "" : Text.collapse(h1.text());
    if (!heading.isEmpty()
        && (contains(og, heading) || contains(head, heading) || contains(jsonLd.field("headline"), heading))) {
      return clip(heading, 500);
    }
    if (!og.isEmpty()) {
      return clip(og, 500);
    }
    String headline = Text.collapse(jsonLd.field("headline"));
    if (!headline.isEmpty()) {
      return clip(headline, 500);
    }
    if (!head.isEmpty()) {
      // "Headline | Site": keep the longest part, as a headline is longer than a site's name
      String best = "";
      for (String part : TITLE_SEPARATOR.split(head)) {
        if (part.length() > best.length()) {
          best = part;
        }
      }
      return clip(best, 500);
    }
    return clip(heading, 500);
  }

  private static boolean contains(String text, String part) {
    return text != null
        && !text.isEmpty()
        && part.length() >= 3
        && Text.collapse(text).toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
  }

  /** The primary subtag of a language tag, lower case; null when it is not one. */
  static String language(String tag) {
    String value = tag == null ? "" : tag.trim();
    if (!LANGUAGE.matcher(value).matches()) {
      return null;
    }
    int end = 0;
    while (end < value.length() && Character.isLetter(value.charAt(end))) {
      end++;
    }
    return value.substring(0, end).toLowerCase(Locale.ROOT);
  }

  private static String meta(Document page, String query) {
    Element element = page.selectFirst(query);
    return element == null ? "" : Text.collapse(element.attr("content"));
  }

  private static String absolute(Element link) {
    return link == null ? "" : link.absUrl("href");
  }

  private static String text(Element element) {
    return element == null ? "" : Text.collapse(element.text());
  }

  private static String attr(Element element, String name) {
    return element == null ? "" : element.attr(name).trim();
  }

  private static String first(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.trim();
      }
    }
    return "";
  }

  private static String clip(String value) {
    return clip(value, MAX_FIELD);
  }

  private static String clip(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }

  /** The optional values as the public API gives them: null for empty. */
  static String orNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
