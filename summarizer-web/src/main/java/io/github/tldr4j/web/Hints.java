package io.github.tldr4j.web;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's {@code class} and {@code id} suggest about its role, in the manner of
 * Readability: words such as "article" or "content" hint at the main text, words such as "share",
 * "comment" or "sidebar" at page furniture. Words are matched against the lower-cased class and id
 * split at non-letters and at camel-case humps. These are general words of web page vocabulary,
 * not names of any site. Stateless.
 */
final class Hints {

  /** Words naming the main text. */
  private static final Set<String> POSITIVE =
      Set.of(
          "article", "articlebody", "body", "content", "entry", "hentry", "main", "page", "post",
          "text", "blog", "story", "prose", "copy", "richtext");

  /** Words naming furniture: such elements are removed before scoring (unless also positive). */
  private static final Set<String> UNLIKELY =
      Set.of(
          "ad", "ads", "adv", "advert", "advertisement", "banner", "breadcrumb", "breadcrumbs",
          "combx", "comment", "comments", "community", "cookie", "cookies", "consent", "disqus",
          "footer", "gdpr", "masthead", "menu", "nav", "navbar", "navigation", "newsletter",
          "outbrain", "taboola", "pagination", "pager", "popup", "promo", "promotion", "related",
          "recommended", "recommendation", "recommendations", "remark", "replies", "rss", "share",
          "sharing", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "sponsored",
          "subscribe", "subscription", "signup", "tags", "modal", "trending", "popular",
          "mostread", "byline", "author", "bio", "caption", "credit", "credits", "dateline",
          "login", "paywall", "header", "topbar", "skip", "offscreen", "follow", "readmore",
          "moreinfo", "signature");

  /** Words that only lower an element's score: common in furniture, but also around articles. */
  private static final Set<String> DOUBTFUL =
      Set.of(
          "widget", "tools", "tool", "toolbar", "hidden", "hide", "print", "alert", "teaser",
          "teasers", "overlay", "contact", "foot", "footnote", "meta", "timestamp", "tag",
          "shopping", "scroll", "extra");

  /** Words that make a negative match too weak to remove the element before scoring. */
  private static final Set<String> KEEP = Set.of("article", "body", "content", "main", "column");

  private Hints() {}

  /** +25 for a positive hint, -25 for a negative one (both may apply). */
  static int weight(Element element) {
    int weight = 0;
    String[] words = words(element);
    if (any(words, UNLIKELY) || any(words, DOUBTFUL)) {
      weight -= 25;
    }
    if (any(words, POSITIVE)) {
      weight += 25;
    }
    return weight;
  }

  /** Whether the class or id names furniture and nothing that could be the main text. */
  static boolean unlikely(Element element) {
    String[] words = words(element);
    return any(words, UNLIKELY) && !any(words, KEEP) && !any(words, POSITIVE);
  }

  private static boolean any(String[] words, Set<String> set) {
    for (int i = 0; i < words.length; i++) {
      // a word alone, or two joined ("most read", "mostRead" and "mostread" alike)
      if (set.contains(words[i])
          || (i + 1 < words.length && set.contains(words[i] + words[i + 1]))) {
        return true;
      }
    }
    return false;
  }

  /** The words of the class and id attributes, lower case. */
  static String[] words(Element element) {
    String classes = element.className();
    String id = element.id();
    if (classes.isEmpty() && id.isEmpty()) {
      return new String[0];
    }
    String joined = classes + " " + id;
    StringBuilder out = new StringBuilder(joined.length() + 8);
    char previous = ' ';
    for (int i = 0; i < joined.length(); i++) {
      char c = joined.charAt(i);
      if (Character.isLetter(c)) {
        if (Character.isUpperCase(c) && Character.isLowerCase(previous)) {
          out.append(' ');
        }
        out.append(c);
      } else {
        out.append(' ');
      }
      previous = c;
    }
    return out.toString().toLowerCase(Locale.ROOT).trim().split("\\s+");
  }
}
