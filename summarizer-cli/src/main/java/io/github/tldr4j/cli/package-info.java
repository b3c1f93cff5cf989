/**
 * The {@code tldr} command-line tool ({@link io.github.tldr4j.cli.Tldr}).
 *
 * <p>How a run flows: {@code Arguments} parses the command line with picocli, from the model
 * that {@code TldrCommand} declares, and checks the values (usage errors, exit status 2);
 * {@code Inputs} reads a file or standard input as strict UTF-8 (bad input, exit status 1);
 * a single document is summarized and printed by an {@code OutputFormat}, or split into
 * sentences; a URL or an HTML page goes through {@code WebPages} (fetching and extraction with
 * {@code summarizer-web}) first. JSON Lines input goes through {@code JsonlBatch}: a reader
 * thread, a fork-join pool of {@code --threads} workers and an in-order writer, with a bounded
 * window of documents in flight; when lines may name pages, a worker waiting on the network is
 * replaced by a spare (up to {@code WebPages.MAX_FETCHES} of them), and a {@code Bound} of
 * {@code --threads} keeps the computing to that many at once. Every user
 * error is a {@code CliException}, printed as one {@code tldr: } line. At build time, {@code Docs}
 * renders the same model as a bash/zsh completion script and a man page.
 *
 * <p>Everything here is package-private except the entry point (and {@code Docs}, which the build
 * runs); the README documents the
 * command's contract.
 */
package io.github.tldr4j.cli;
