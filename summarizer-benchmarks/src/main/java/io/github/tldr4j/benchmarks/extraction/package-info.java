/**
 * The main-content extraction benchmark ({@code ./bench extract}): the Scrapinghub benchmark's
 * shingle metric and the furniture rate of summaries made from the extracted article.
 */
package io.github.tldr4j.benchmarks.extraction;
