/**
 * JMH benchmarks on hostile input (issue 6): {@link
 * io.github.tldr4j.benchmarks.hostile.HostileInputBenchmark} shows that the summarizer runs in time
 * linear in the input on the shapes that break naive segmenters and selectors.
 */
package io.github.tldr4j.benchmarks.hostile;
