package io.github.tldr4j.summarizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sample articles → expected summaries at several budgets ({@code src/test/resources/golden}).
 * Regenerate with {@code -Dgolden.update=true} after an intended change, and review the diff.
 */
final class GoldenFileTest {

  private static final Summarizer SUMMARIZER = Summarizer.builder().build();

  static Stream<Arguments> cases() {
    return Stream.of("harbour-bridge", "library-robot")
        .flatMap(
            doc ->
                Stream.of(
                    Arguments.of(doc, "words-60", Budget.words(60)),
                    Arguments.of(doc, "words-100", Budget.words(100)),
                    Arguments.of(doc, "sentences-3", Budget.sentences(3)),
                    Arguments.of(doc, "ratio-0.3", Budget.ratio(0.3))));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void summaryMatchesGoldenFile(String doc, String budgetName, Budget budget) throws IOException {
    String text = resource("/golden/" + doc + ".txt");
    Summary summary = SUMMARIZER.summarize(text, budget);
    String actual =
        summary.sentences().stream()
                .map(s -> s.text().replaceAll("\\s+", " "))
                .collect(Collectors.joining("\n"))
            + "\n\n"
            + summary.stats().describe()
            + "\n";
    String name = doc + "." + budgetName + ".expected.txt";
    if (Boolean.getBoolean("golden.update")) {
      // surefire runs in the module directory; write the source copy, not the classpath copy
      Files.writeString(Path.of("src/test/resources/golden", name), actual, StandardCharsets.UTF_8);
      return;
    }
    assertEquals(resource("/golden/" + name), actual, name);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = GoldenFileTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
