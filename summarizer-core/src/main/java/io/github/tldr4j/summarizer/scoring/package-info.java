/**
 * Sentence scoring: the {@link io.github.tldr4j.summarizer.scoring.SentenceScorer} seam, the
 * built-in {@link io.github.tldr4j.summarizer.scoring.Algorithm}s, and the budgeted selection that
 * follows every scorer.
 *
 * <p>The pipeline is segment, analyze, score, select. Only the third stage differs between
 * algorithms: every scorer sees the same sentences and the same Lucene terms ({@link
 * io.github.tldr4j.summarizer.analysis.AnalyzedText}; the algorithms other than {@code TFIDF} get
 * content words only, {@link
 * io.github.tldr4j.summarizer.analysis.Analyzers#forContentWords(String)}), and {@link
 * io.github.tldr4j.summarizer.scoring.BudgetedSelector} turns any scorer's scores into a summary
 * within the budget (best first, word and sentence ceilings, the scorer's redundancy penalty,
 * document order).
 *
 * <h2>The algorithms</h2>
 *
 * <table>
 *   <caption>Built-in scorers</caption>
 *   <tr><th>{@code Algorithm}</th><th>method</th><th>cost in n sentences, T tokens</th></tr>
 *   <tr><td>{@code TFIDF}</td><td>TF-IDF and position features, fitted weights (the default)</td>
 *       <td>O(T)</td></tr>
 *   <tr><td>{@code LEXRANK}</td><td>Erkan and Radev 2004: PageRank on IDF-modified cosine
 *       similarity, damping 0.15</td><td>O(n · B) pairs, O(B²) per iteration and block</td></tr>
 *   <tr><td>{@code LEXRANK_THRESHOLD}</td><td>Erkan and Radev 2004, Algorithm 3: the undamped
 *       walk on the similarities thresholded at 0.1, with self-links, computed exactly (degree
 *       within each connected component)</td><td>O(n · B) pairs, O(B²) once per block</td></tr>
 *   <tr><td>{@code TEXTRANK}</td><td>Mihalcea and Tarau 2004: PageRank on word overlap over
 *       log lengths, d = 0.85</td><td>O(n · B) pairs, O(B²) per iteration and block</td></tr>
 *   <tr><td>{@code REDUCTION}</td><td>Fabish's Reduction, as sumy ships it: the sum of the
 *       overlap similarities</td><td>O(n · B) pairs</td></tr>
 *   <tr><td>{@code LSA}</td><td>Steinberger and Ježek 2004: length in a 3-dimensional latent
 *       space, sumy's term weights (Commons Math eigendecomposition of A<sup>T</sup>A)</td>
 *       <td>O(n · 64²)</td></tr>
 *   <tr><td>{@code LUHN}</td><td>Luhn 1958: the densest cluster of significant words (terms
 *       seen more than once), gap 4</td><td>O(T)</td></tr>
 *   <tr><td>{@code EDMUNDSON}</td><td>Edmundson 1969: cue words (per-language files of stigma
 *       words), title words and location</td><td>O(T)</td></tr>
 *   <tr><td>{@code SUMBASIC}</td><td>Nenkova and Vanderwende 2005: greedy by average word
 *       probability among the sentences that hold the most probable word, squared after each
 *       choice</td><td>O(n · T) for a story, exact steps capped at 64 T term readings, then a
 *       lazy greedy, O(T log n)</td></tr>
 *   <tr><td>{@code KLSUM}</td><td>Haghighi and Vanderwende 2009: greedy toward the smallest
 *       KL(P<sub>D</sub> || P<sub>S</sub>), add-one smoothing</td><td>O(k · T) for k choices,
 *       capped</td></tr>
 * </table>
 *
 * <p>n is the number of sentences and T of tokens. The graph methods compare the sentences of
 * consecutive blocks of at most B = 1,024 sentences, so that a text of any length costs time
 * linear in n and memory bounded by B²; a text of up to 1,024 sentences (about 60 KB of news) is
 * one block and gets exactly the paper's graph. Graph and matrix scores have a mean of 1 per
 * block, and the selection applies a redundancy penalty of 1 to them (measured on the development
 * sets; none to threshold LexRank, as in the paper); TF-IDF keeps its fitted penalty. The details, parameters and references are in a block
 * comment under each class header.
 *
 * <h2>Adding an algorithm</h2>
 *
 * <ol>
 *   <li>Write one package-private final class in this package implementing {@code SentenceScorer}:
 *       immutable, thread-safe, deterministic, one finite score per sentence, an empty array for a
 *       text without sentences. Cite the paper with its parameters and defaults, and state the
 *       cost as the number of sentences grows, in a {@code /* *}{@code /} block under the class
 *       header. If the method is super-linear in sentences, bound it (a documented cap, or a
 *       sparse method) so a 1 MB text stays within seconds.
 *   <li>Add one constant to {@link io.github.tldr4j.summarizer.scoring.Algorithm} with its
 *       command-line id and a constructor reference: {@code LUHN("luhn", LuhnScorer::new)}.
 * </ol>
 *
 * <p>Nothing else changes: the builder's {@code algorithm(...)}, the {@code tldr --algorithm}
 * option and the JSON Lines {@code "algorithm"} field, {@code bench quality --algorithm} and the
 * JMH benchmark all enumerate {@code Algorithm.values()}. The shared tests in {@code
 * AlgorithmContractTest} (empty and one-sentence texts, budgets, determinism, thread safety,
 * hostile input within the time bound) run over every constant; add known-answer tests of the
 * method itself next to them.
 *
 * <p>{@code SentenceScorer} and {@code Algorithm} are stable API; the other public classes here
 * ({@code TfIdfPositionScorer}, {@code BudgetedSelector}) are exposed for benchmarks and
 * experiments, without compatibility promises.
 */
package io.github.tldr4j.summarizer.scoring;
