/**
 * Quality and speed benchmarks of tldr4j: the {@code ./bench} command line ({@link
 * io.github.tldr4j.benchmarks.Bench}), dataset and summary files ({@link
 * io.github.tldr4j.benchmarks.Dataset}, {@link io.github.tldr4j.benchmarks.Summaries}). ROUGE
 * itself lives in {@link io.github.tldr4j.benchmarks.rouge}, the JMH speed benchmarks in {@link
 * io.github.tldr4j.benchmarks.speed}.
 */
package io.github.tldr4j.benchmarks;
