/**
 * Speed benchmarks of the summarizer: {@link io.github.tldr4j.benchmarks.speed.SummarizerBenchmark}
 * (JMH: each stage, end to end, and the Lucene analyzer alone as the baseline, for sizes from a
 * 280-character post to 10 MB), {@link io.github.tldr4j.benchmarks.speed.AlgorithmBenchmark} (each
 * scoring algorithm end to end at 4 KB and 1 MB) and {@link io.github.tldr4j.benchmarks.speed.Throughput} (the same
 * stages in megabytes per CPU-second, steadier on a shared machine). Inputs are real English news
 * from the shared development data. See the module README for command lines and results.
 */
package io.github.tldr4j.benchmarks.speed;
