package io.github.tldr4j.summarizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One Summarizer shared by many threads gives the results of one thread. */
final class ConcurrencyTest {

  @Test
  void sharedSummarizerGivesIdenticalResults() throws Exception {
    Summarizer shared = Summarizer.builder().build();
    List<String> texts = new ArrayList<>();
    for (String name : List.of("harbour-bridge", "library-robot")) {
      String text = SummarizerTest.article(name);
      texts.add(text);
      texts.add(text.substring(0, text.length() / 2));
      texts.add(text.replace('.', '!'));
    }
    List<Budget> budgets = List.of(Budget.words(40), Budget.sentences(2), Budget.ratio(0.3));
    List<Summary> expected = new ArrayList<>();
    for (String t : texts) {
      for (Budget b : budgets) {
        expected.add(shared.summarize(t, b));
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<List<Summary>>> tasks = new ArrayList<>();
      for (int thread = 0; thread < 16; thread++) {
        tasks.add(
            () -> {
              List<Summary> out = new ArrayList<>();
              for (int round = 0; round < 10; round++) {
                out.clear();
                for (String t : texts) {
                  for (Budget b : budgets) {
                    out.add(shared.summarize(t, b));
                  }
                }
              }
              return out;
            });
      }
      for (Future<List<Summary>> f : pool.invokeAll(tasks)) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Issue 14: a long text, whose work is shared with the common pool, summarized by several
   * threads at once and from inside the pool (as a parallel stream would) gives one result.
   */
  @Test
  void longTextsSharedWithTheCommonPoolGiveIdenticalResults() throws Exception {
    StringBuilder text = new StringBuilder();
    String[] articles = {
      SummarizerTest.article("harbour-bridge"), SummarizerTest.article("library-robot")
    };
    for (int copy = 0; text.length() < 3 * io.github.tldr4j.summarizer.internal.Parallel.MIN_CHARS; copy++) {
      // each copy a little different, so that the sentences do not tie
      text.append(articles[copy % 2].replace("the ", copy % 3 == 0 ? "the " : "a ")).append("\n\n");
    }
    String body = text.toString();
    Summarizer shared = Summarizer.builder().build();
    Summary expected = shared.summarize(body, Budget.words(200));
    List<ScoredSentence> ranked = shared.rank(Document.of(body));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Summary>> tasks = new ArrayList<>();
      for (int thread = 0; thread < 4; thread++) {
        tasks.add(() -> shared.summarize(body, Budget.words(200)));
      }
      for (Future<Summary> f : pool.invokeAll(tasks)) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(
        expected,
        java.util.concurrent.ForkJoinPool.commonPool()
            .submit(() -> shared.summarize(body, Budget.words(200)))
            .get());
    assertEquals(ranked, shared.rank(Document.of(body)));
  }
}
