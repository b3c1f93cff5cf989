package io.github.tldr4j.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Inputs#decode}: strict UTF-8 in one pass, with the strict check only where it matters. */
final class InputsTest {

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] all = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static Stream<Arguments> valid() {
    return Stream.of(
        // plain text, with and without a byte order mark
        Arguments.of(utf8("The ferry left at nine."), "The ferry left at nine."),
        Arguments.of(concat(bytes(0xEF, 0xBB, 0xBF), utf8("Tide tables.")), "Tide tables."),
        // a replacement character written as such is valid input and kept
        Arguments.of(utf8("Sensor \uFFFD reading lost."), "Sensor \uFFFD reading lost."),
        Arguments.of(utf8("\uFFFD"), "\uFFFD"),
        // two- to four-byte sequences
        Arguments.of(utf8("Caf\u00E9 \u20AC5, \uD83C\uDF0A waves."), "Caf\u00E9 \u20AC5, \uD83C\uDF0A waves."),
        Arguments.of(new byte[0], ""));
  }

  @ParameterizedTest
  @MethodSource("valid")
  void decodesValidInput(byte[] input, String expected) throws CliException {
    assertEquals(expected, Inputs.decode(input, input.length, "in.txt"));
  }

  @ParameterizedTest
  @MethodSource("valid")
  void decodesOnlyTheGivenLength(byte[] input, String expected) throws CliException {
    byte[] padded = concat(input, bytes(0xFF, 0xFE));
    assertEquals(expected, Inputs.decode(padded, input.length, "in.txt"));
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        // a Latin-1 byte after three valid ones
        Arguments.of(concat(utf8("abc"), bytes(0xE9), utf8(" d")), "malformed bytes at byte offset 3"),
        // a lone continuation byte, after a valid U+FFFD (the strict check still runs to the end)
        Arguments.of(concat(utf8("\uFFFD x"), bytes(0x80)), "malformed bytes at byte offset 5"),
        // an encoded surrogate (CESU-8) and an overlong slash
        Arguments.of(concat(utf8("ab"), bytes(0xED, 0xA0, 0x80)), "malformed bytes at byte offset 2"),
        Arguments.of(concat(utf8("a"), bytes(0xC0, 0xAF)), "malformed bytes at byte offset 1"),
        // offsets count the byte order mark
        Arguments.of(concat(bytes(0xEF, 0xBB, 0xBF), bytes(0xFF)), "malformed bytes at byte offset 3"),
        // a sequence cut off by the end of the input
        Arguments.of(concat(utf8("tide "), bytes(0xE2, 0x82)), "is not valid UTF-8"));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void rejectsMalformedInputNamingWhere(byte[] input, String message) {
    CliException e =
        assertThrows(CliException.class, () -> Inputs.decode(input, input.length, "in.txt"));
    assertEquals(CliException.BAD_INPUT, e.exitStatus());
    assertTrue(e.getMessage().startsWith("in.txt is not valid UTF-8"), e.getMessage());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  // --- long input, decoded in pieces on the common pool (issue 14)

  @Test
  void piecesCutBeforeCharactersJoinToTheWholeText() throws CliException {
    // one- to four-byte characters and a replacement character written as such
    String[] units = {"a", " ", "\n", "\u00E9", "\u20AC", "\uD83C\uDF0A", "\u4E2D", "\uFFFD"};
    Random random = new Random(14);
    for (int round = 0; round < 200; round++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(300); k >= 0; k--) {
        text.append(units[random.nextInt(units.length)]);
      }
      String expected = text.toString();
      byte[] input = utf8(expected);
      int pieces = 1 + random.nextInt(12);
      Inputs.Part[] parts = Inputs.decode(input, 0, input.length, pieces);
      StringBuilder joined = new StringBuilder();
      boolean replaced = false;
      for (Inputs.Part part : parts) {
        joined.append(part.text());
        replaced |= part.replaced();
      }
      assertEquals(expected, joined.toString(), pieces + " pieces");
      assertEquals(expected.indexOf('\uFFFD') >= 0, replaced);
    }
  }

  @Test
  void aLongInputIsDecodedAndCheckedAsAShortOne() throws CliException {
    String line = "Caf\u00E9 \u20AC5, \uD83C\uDF0A waves at the pier.\n";
    String text = line.repeat(Inputs.PARALLEL_BYTES / line.length() + 100);
    byte[] input = concat(bytes(0xEF, 0xBB, 0xBF), utf8(text));
    assertEquals(text, Inputs.decode(input, input.length, "long.txt"));
    // a malformed byte far into a long input is found wherever the pieces are cut
    byte[] malformed = concat(utf8(text), bytes(0xE9), utf8(text));
    CliException e =
        assertThrows(
            CliException.class, () -> Inputs.decode(malformed, malformed.length, "long.txt"));
    assertTrue(
        e.getMessage().contains("malformed bytes at byte offset " + utf8(text).length),
        e.getMessage());
  }

  /**
   * A pool that takes none of a long input's pieces (every worker busy, or none at all with {@code
   * -Djava.util.concurrent.ForkJoinPool.common.parallelism=0}) leaves them all to the caller,
   * which neither waits for the pool nor decodes anything differently.
   */
  @Test
  void aLongInputIsDecodedByTheCallerWhenThePoolTakesNoPiece() throws InterruptedException {
    String line = "\u00C9t\u00E9 \u00E0 la plage, \u0436\u0430\u0440\u0430 \uD83C\uDF1E.\n";
    String text = line.repeat(Inputs.PARALLEL_BYTES / line.length() + 7);
    byte[] input = utf8(text);
    int workers = ForkJoinPool.getCommonPoolParallelism();
    CountDownLatch started = new CountDownLatch(workers);
    CountDownLatch release = new CountDownLatch(1);
    for (int w = 0; w < workers; w++) {
      ForkJoinPool.commonPool()
          .execute(
              () -> {
                started.countDown();
                try {
                  release.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
    }
    try {
      assertTrue(started.await(10, TimeUnit.SECONDS));
      String decoded =
          assertTimeoutPreemptively(
              Duration.ofSeconds(20), () -> Inputs.decode(input, input.length, "long.txt"));
      assertEquals(text, decoded);
    } finally {
      release.countDown();
    }
  }

  @Test
  void aFileIsReadWholeWhateverItsSize(@TempDir Path dir) throws IOException {
    Random random = new Random(14);
    int chunk = 1 << 18;
    for (int size : new int[] {0, 1, 4095, chunk - 1, chunk, chunk + 1, 3 * chunk + 5}) {
      byte[] content = new byte[size];
      random.nextBytes(content);
      Path file = dir.resolve("in-" + size + ".bin");
      Files.write(file, content);
      assertArrayEquals(content, Inputs.readFile(file), size + " bytes");
    }
  }
}
