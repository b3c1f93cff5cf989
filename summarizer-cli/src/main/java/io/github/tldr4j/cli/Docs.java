package io.github.tldr4j.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes the shell completion script and the man page of {@code tldr}, both rendered from {@link
 * TldrCommand}, so they list exactly the options the parser accepts. The build runs it after
 * compiling ({@code summarizer-cli/pom.xml}):
 *
 * <pre>{@code
 * java -cp ... io.github.tldr4j.cli.Docs summarizer-cli/target
 *   # writes target/completion/tldr_completion (bash and zsh) and target/man/tldr.1
 * }</pre>
 *
 * <p>The completion script is picocli's {@link AutoComplete#bash}; it works in zsh too (it loads
 * {@code bashcompinit}). Install it as {@code /etc/bash_completion.d/tldr} or source it from
 * {@code ~/.bashrc} or {@code ~/.zshrc}. The man page is troff written here from the same model:
 * picocli-codegen's {@code ManPageGenerator} writes AsciiDoc, which would need Asciidoctor (JRuby)
 * in the build to become a man page. View it with {@code man -l tldr.1}. The output has no date or
 * machine-dependent value (the default of {@code --threads} is described, not computed), so two
 * builds write identical files. Public only so that the build can run it; not an API.
 */
public final class Docs {

  /** Where the completion script goes, relative to the output directory. */
  static final String COMPLETION = "completion/tldr_completion";

  /** Where the man page goes, relative to the output directory. */
  static final String MAN_PAGE = "man/tldr.1";

  private Docs() {}

  /**
   * Writes both files.
   *
   * @param args one argument: the output directory, usually {@code summarizer-cli/target}
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: Docs OUTPUT_DIRECTORY");
    }
    Path out = Path.of(args[0]);
    write(out.resolve(COMPLETION), completion());
    write(out.resolve(MAN_PAGE), manPage());
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /**
   * Returns the bash/zsh completion script.
   *
   * @return the script
   */
  static String completion() {
    return AutoComplete.bash(TldrCommand.NAME, TldrCommand.full());
  }

  /**
   * Returns the man page, section 1, in troff with the {@code man} macros.
   *
   * @return the page
   */
  static String manPage() {
    CommandLine full = TldrCommand.full();
    CommandSpec spec = full.getCommandSpec();
    StringBuilder page = new StringBuilder();
    page.append(".TH TLDR 1 \"\" \"tldr4j\" \"User Commands\"\n");
    page.append(".SH NAME\ntldr \\- summarize a text by its most important sentences\n");
    page.append(".SH SYNOPSIS\n.nf\n");
    for (String line : spec.usageMessage().customSynopsis()) {
      if (!line.isBlank()) {
        String command = line.strip();
        page.append(command.startsWith(TldrCommand.NAME) ? "" : "    ").append(escape(command)).append('\n');
      }
    }
    page.append(".fi\n.SH DESCRIPTION\n");
    paragraph(page, spec.usageMessage().description());
    page.append(".SH OPTIONS\n");
    options(page, spec);
    for (PositionalParamSpec parameter : spec.positionalParameters()) {
      page.append(".TP\n\\fI").append(escape(parameter.paramLabel())).append("\\fR\n");
      paragraph(page, parameter.description());
    }
    for (Map.Entry<String, CommandLine> sub : full.getSubcommands().entrySet()) {
      CommandSpec subSpec = sub.getValue().getCommandSpec();
      page.append(".SH COMMAND: ").append(escape(sub.getKey().toUpperCase(Locale.ROOT))).append('\n');
      paragraph(page, subSpec.usageMessage().description());
      page.append(".PP\nOptions:\n");
      options(page, subSpec);
    }
    page.append(".SH EXIT STATUS\n");
    for (Map.Entry<String, String> status : spec.usageMessage().exitCodeList().entrySet()) {
      page.append(".TP\n").append(escape(status.getKey())).append('\n');
      page.append(escape(status.getValue())).append('\n');
    }
    page.append(".SH NOTES\n");
    paragraph(page, List.of(spec.usageMessage().footer()));
    page.append(".SH SEE ALSO\nThe README of tldr4j: formats, JSON Lines shapes, errors.\n");
    return page.toString();
  }

  private static void options(StringBuilder page, CommandSpec spec) {
    List<OptionSpec> sorted = new ArrayList<>(spec.options());
    sorted.sort(Comparator.comparingInt(OptionSpec::order)); // as --help lists them
    for (OptionSpec option : sorted) {
      page.append(".TP\n");
      List<String> names = List.of(option.names());
      for (int i = 0; i < names.size(); i++) {
        page.append(i == 0 ? "" : ", ").append("\\fB").append(escape(names.get(i))).append("\\fR");
      }
      if (option.arity().max() > 0) {
        page.append(" \\fI").append(escape(option.paramLabel())).append("\\fR");
      }
      page.append('\n');
      paragraph(page, List.of(renderedDescription(option)));
    }
  }

  /** The option's help text, with the completion candidates filled in as {@code --help} shows. */
  private static String renderedDescription(OptionSpec option) {
    String text = String.join(" ", option.description());
    if (option.completionCandidates() != null) {
      text =
          text.replace(
              "${COMPLETION-CANDIDATES}", String.join(", ", option.completionCandidates()));
    }
    return text;
  }

  private static void paragraph(StringBuilder page, List<String> lines) {
    for (String line : lines) {
      if (!line.isBlank()) {
        page.append(escape(line.replace("%n", " "))).append('\n');
      }
    }
  }

  private static void paragraph(StringBuilder page, String[] lines) {
    paragraph(page, List.of(lines));
  }

  /**
   * Escapes text for troff: backslashes and hyphens, and a leading dot or quote that would start a
   * request.
   */
  static String escape(String text) {
    Objects.requireNonNull(text, "text");
    String escaped = text.replace("\\", "\\e").replace("-", "\\-");
    return escaped.startsWith(".") || escaped.startsWith("'") ? "\\&" + escaped : escaped;
  }
}
