package io.github.tldr4j.summarizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.junit.jupiter.api.Test;

/**
 * Many threads sharing summarizers of different languages, and one summarizer fed text in every
 * language, get exactly the results of one thread (issue 6), and the summarizer keeps Lucene's analyzer reuse contract: each thread's token stream
 * components are created once and reused, which only works if every stream is reset, consumed,
 * ended and closed.
 */
final class MultilingualConcurrencyTest {

  private static final List<String> LANGUAGES =
      List.of("en", "de", "fr", "ru", "ar", "fa", "hi", "zh", "ja", "ko", "el", "tr");

  private static final List<Budget> BUDGETS =
      List.of(Budget.words(25), Budget.sentences(2), Budget.ratio(0.5));

  /** A job: one language, one text, one budget. */
  private record Job(String language, String text, Budget budget) {}

  @Test
  void sharedSummarizersOfManyLanguagesGiveTheSingleThreadedResults() throws Exception {
    Map<String, Summarizer> summarizers = new ConcurrentHashMap<>();
    for (String language : LANGUAGES) {
      summarizers.put(language, Summarizer.builder().language(language).build());
    }
    List<Job> jobs = new ArrayList<>();
    for (String language : LANGUAGES) {
      String sample = LanguagesTest.SAMPLES.getOrDefault(language, LanguagesTest.LATIN);
      for (String text : List.of(sample, sample + "\n\n" + sample, sample.replace(" ", "\u00A0 "))) {
        for (Budget budget : BUDGETS) {
          jobs.add(new Job(language, text, budget));
          jobs.add(new Job("en", text, budget)); // one summarizer fed every language too
        }
      }
    }
    List<Summary> expected = new ArrayList<>();
    for (Job job : jobs) {
      expected.add(summarizers.get(job.language).summarize(job.text, job.budget));
    }

    int threads = 12;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Callable<List<Summary>>> tasks = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int shift = t;
        tasks.add(
            () -> {
              start.await();
              // each thread walks the jobs from a different place, so languages interleave
              Summary[] out = new Summary[jobs.size()];
              for (int round = 0; round < 5; round++) {
                for (int k = 0; k < jobs.size(); k++) {
                  int i = (k + shift * 7) % jobs.size();
                  Job job = jobs.get(i);
                  out[i] = summarizers.get(job.language).summarize(job.text, job.budget);
                }
              }
              return List.of(out);
            });
      }
      List<Future<List<Summary>>> futures = new ArrayList<>();
      for (Callable<List<Summary>> task : tasks) {
        futures.add(pool.submit(task));
      }
      start.countDown();
      for (Future<List<Summary>> f : futures) {
        assertEquals(expected, f.get(2, TimeUnit.MINUTES));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void analyzerComponentsAreReusedPerThread() throws Exception {
    AtomicInteger created = new AtomicInteger();
    Map<Thread, Boolean> threadsSeen = new ConcurrentHashMap<>();
    Analyzer counting =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            created.incrementAndGet();
            threadsSeen.put(Thread.currentThread(), Boolean.TRUE);
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
          }
        };
    try (counting) {
      Summarizer summarizer = Summarizer.builder().analyzer(counting).build();
      String text = LanguagesTest.LATIN;
      Document titled = Document.of("School in the park", text);
      int threads = 6;
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Callable<Summary>> tasks =
            Collections.nCopies(
                threads * 4,
                () -> {
                  Summary last = null;
                  for (int i = 0; i < 50; i++) {
                    last = summarizer.summarize(titled, Budget.words(12));
                    summarizer.rank(text);
                  }
                  return last;
                });
        Summary expected = summarizer.summarize(titled, Budget.words(12));
        for (Future<Summary> f : pool.invokeAll(tasks)) {
          assertEquals(expected, f.get());
        }
      } finally {
        pool.shutdownNow();
      }
      // one set of components per thread that analyzed anything, however many texts it analyzed
      assertEquals(threadsSeen.size(), created.get());
      assertTrue(created.get() <= threads + 1, "components created: " + created.get());
    }
  }
}
