/**
 * Web pages for the summarizer: fetch a page ({@link io.github.tldr4j.web.PageFetcher}), extract
 * its article ({@link io.github.tldr4j.web.ArticleExtractor}) and summarize it as a document
 * ({@link io.github.tldr4j.web.Article#toDocument()}).
 *
 * <pre>{@code
 * FetchedPage page = PageFetcher.create().fetch("https://example.org/news/1");
 * Article article = page.article(ArticleExtractor.create());
 * Summary summary = summarizer.summarize(article.toDocument(), Budget.words(100));
 * }</pre>
 *
 * <p><b>How the article is found.</b> The page is parsed with jsoup (as browsers parse HTML); what
 * is never article text is removed (scripts, forms' controls, media, figures and captions, hidden
 * elements, navigation and aside landmarks, elements whose class or id names furniture such as
 * share bars, comments, related lists, newsletter and cookie boxes, author biographies); the
 * paragraphs are scored by their length and punctuation and their scores given to the elements
 * around them, discounted by link density; the best element, with the siblings that belong to it,
 * is written out block by block, leaving out nested link lists and boxes. The method follows
 * Readability, boilerpipe and trafilatura; it holds no rule for any particular site.
 */
package io.github.tldr4j.web;
