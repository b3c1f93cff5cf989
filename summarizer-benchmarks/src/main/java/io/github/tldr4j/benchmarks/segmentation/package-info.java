/** JMH benchmark of sentence segmentation: tldr4j's segmenter, BreakIterator and the pipeline. */
package io.github.tldr4j.benchmarks.segmentation;
