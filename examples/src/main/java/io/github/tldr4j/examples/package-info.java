/**
 * Runnable examples of embedding tldr4j.
 *
 * <ul>
 *   <li>{@link io.github.tldr4j.examples.MinimalExample}: summarize a file in 100 words (the
 *       README's example).
 *   <li>{@link io.github.tldr4j.examples.BotReplyExample}: write an AutoTL;DR-style reply in
 *       Markdown.
 * </ul>
 *
 * <p>Each class documents how to run it; the shaded {@code examples/target/examples.jar} holds every
 * example and its dependencies.
 */
package io.github.tldr4j.examples;
