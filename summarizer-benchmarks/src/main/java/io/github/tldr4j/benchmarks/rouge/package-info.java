/**
 * ROUGE, the recall-oriented overlap measures used to evaluate summaries, reimplemented with the
 * semantics of the original ROUGE-1.5.5 Perl script.
 *
 * <ul>
 *   <li>{@link io.github.tldr4j.benchmarks.rouge.Rouge}: builds scorers and scores one summary
 *       against its references: ROUGE-1, ROUGE-2 and summary-level ROUGE-L (union LCS over
 *       reference sentences, "rougeLsum").
 *   <li>{@link io.github.tldr4j.benchmarks.rouge.RougeResult} and {@link
 *       io.github.tldr4j.benchmarks.rouge.RougeScore}: per-document recall, precision and F1.
 *   <li>{@link io.github.tldr4j.benchmarks.rouge.RougeAverage}: the per-document average that
 *       ROUGE-1.5.5 reports.
 * </ul>
 *
 * <p>{@code Rouge.rouge155()} matches {@code ROUGE-1.5.5.pl -n 2 -m -a} to the fifth decimal on
 * every document of the shared CNN/DailyMail and BBC development sets: same tokenization (ASCII
 * letters and digits only), same stemmer (WordNet 2.0 exception lists, then ROUGE's variant of
 * Porter), same clipping, same treatment of several references ({@code -f A}). Because ROUGE-1.5.5
 * drops every non-ASCII character, use {@code Rouge.builder().unicode(true)} for other languages;
 * those scores are not comparable with published ROUGE-1.5.5 figures.
 *
 * <p>The WordNet 2.0 exception lists are bundled as resources under the WordNet licence ({@code
 * wordnet/LICENSE-WordNet.txt} next to this package's classes).
 */
package io.github.tldr4j.benchmarks.rouge;
