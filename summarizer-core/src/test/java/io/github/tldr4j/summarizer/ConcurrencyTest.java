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
}
