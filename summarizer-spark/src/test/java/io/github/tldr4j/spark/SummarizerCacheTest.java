package io.github.tldr4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.tldr4j.summarizer.Summarizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

final class SummarizerCacheTest {

  @Test
  void oneSummarizerPerLanguageWhateverTheSpelling() {
    Summarizer en = SummarizerCache.forLanguage("en");
    assertEquals("en", en.language());
    assertSame(en, SummarizerCache.forLanguage("EN-us"));
    assertSame(en, SummarizerCache.forLanguage(" en_GB "));
    assertNotSame(en, SummarizerCache.forLanguage("nl"));
    assertEquals("nl", SummarizerCache.forLanguage("nl").language());
  }

  @Test
  void unsupportedLanguagesAreRefusedEveryTime() {
    for (int i = 0; i < 2; i++) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> SummarizerCache.forLanguage("xx"));
      assertEquals(true, e.getMessage().startsWith("unsupported language: 'xx'"), e.getMessage());
    }
  }

  @Test
  void manySpellingsStillGiveTheSharedInstance() {
    Summarizer sv = SummarizerCache.forLanguage("sv");
    for (int i = 0; i < 2 * SummarizerCache.MAX_TAGS; i++) {
      assertSame(sv, SummarizerCache.forLanguage("sv-x" + i));
    }
  }

  @Test
  void concurrentFirstUsesShareOneInstance() throws Exception {
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Summarizer>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return SummarizerCache.forLanguage("fi");
                }));
      }
      start.countDown();
      Summarizer first = results.get(0).get();
      for (Future<Summarizer> f : results) {
        assertSame(first, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
