package io.github.tldr4j.web;

/** Test pages written for this project (no third-party text). */
final class Pages {

  private Pages() {}

  static final String P1 =
      "The town council of Wexbridge voted on Tuesday to turn the old grain depot into a covered"
          + " market, ending a dispute that had lasted, by most counts, for eleven years.";
  static final String P2 =
      "Traders who have sold vegetables in the open square since the nineteen-seventies said the"
          + " roof would let them work through the winter, when rain has kept most stalls empty.";
  static final String SUB = "What the market will cost";
  static final String P3 =
      "The conversion is expected to cost 4.2 million, of which the regional fund pays half, the"
          + " council a third, and a cooperative of stallholders the rest, over twenty years.";
  static final String ITEM1 = "Forty permanent stalls on the ground floor, each with running water.";
  static final String ITEM2 = "A mezzanine for a cafe, a workshop room and public toilets.";
  static final String P4 =
      "Not everyone is pleased. A group of residents argued at the meeting that the depot, built in"
          + " brick in 1911, should become a library, and they have asked for a review.";

  /** An article page with every kind of furniture around the article. */
  static String newsPage() {
    return "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
        + "<title>Wexbridge depot to become covered market | The Wexbridge Courier</title>"
        + "<meta property=\"og:title\" content=\"Wexbridge depot to become covered market\">"
        + "<meta name=\"author\" content=\"Ann Porter\">"
        + "<meta property=\"article:published_time\" content=\"2026-03-14T09:30:00Z\">"
        + "<link rel=\"canonical\" href=\"/news/depot-market\">"
        + "<script>var tracking = {id: 'x'}; function go(){ return 'Do not read this script'; }</script>"
        + "<style>.x { color: red }</style></head><body>"
        + "<div class=\"cookie-banner\">We use cookies to improve your experience. Accept all cookies?</div>"
        + "<header class=\"site-header\"><a href=\"/\">The Wexbridge Courier</a>"
        + "<nav><ul><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li>"
        + "<li><a href=\"/weather\">Weather</a></li><li><a href=\"/login\">Sign in</a></li></ul></nav></header>"
        + "<main><article>"
        + "<h1>Wexbridge depot to become covered market</h1>"
        + "<div class=\"byline\">By <a href=\"/ann\">Ann Porter</a>, local affairs reporter</div>"
        + "<div class=\"share-bar\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Share by email</a></div>"
        + "<figure><img src=\"depot.jpg\"><figcaption>The depot in winter. Photo: Courier archive</figcaption></figure>"
        + "<div class=\"article-body\">"
        + "<p>" + P1 + "</p>"
        + "<p>" + P2 + "</p>"
        + "<aside class=\"related\"><h3>Related stories</h3><ul>"
        + "<li><a href=\"/a\">Council budget approved after long night</a></li>"
        + "<li><a href=\"/b\">Bridge repairs to start in spring</a></li></ul></aside>"
        + "<h2>" + SUB + "</h2>"
        + "<p>" + P3 + "</p>"
        + "<ul><li>" + ITEM1 + "</li><li>" + ITEM2 + "</li></ul>"
        + "<div class=\"newsletter-signup\"><p>Get the Courier in your inbox every morning.</p>"
        + "<form><input type=\"email\"><button>Subscribe</button></form></div>"
        + "<p>" + P4 + "</p>"
        + "</div>"
        + "<div class=\"author-bio\"><p>Ann Porter has covered the council since 2015 and lives in"
        + " the old town with two cats.</p></div>"
        + "</article></main>"
        + "<section class=\"comments\"><h3>Comments</h3><p>Great news for the town, finally, after"
        + " all these years of waiting and arguing, well done everyone.</p></section>"
        + "<div class=\"most-read\"><h3>Most read</h3><ol><li><a href=\"/c\">Storm closes coast road</a></li>"
        + "<li><a href=\"/d\">School wins chess final</a></li></ol></div>"
        + "<footer><p>Copyright 2026 The Wexbridge Courier. All rights reserved.</p>"
        + "<a href=\"/privacy\">Privacy</a></footer>"
        + "</body></html>";
  }
}
