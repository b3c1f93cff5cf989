package io.github.tldr4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ProgressTest {

  @Test
  void lineWithoutKnownSizeHasNoBar() {
    assertEquals(
        "tldr: 1200 documents, 300.0 documents/s", Progress.line(1200, 4.0, 5000, -1));
  }

  /** Issue 16, item 7: "1 document", not "1 documents". */
  @Test
  void oneDocumentIsSingular() {
    assertEquals("tldr: 1 document, 2.0 documents/s", Progress.line(1, 0.5, 10, -1));
    assertEquals(
        "tldr: [##########----------]  50% 1 document, 1.0 documents/s", Progress.line(1, 1.0, 5, 10));
    assertEquals("tldr: 0 documents, 0.0 documents/s", Progress.line(0, 1.0, 0, -1));
  }

  @Test
  void lineWithKnownSizeHasBarAndShare() {
    assertEquals(
        "tldr: [########------------]  40% 10 documents, 5.0 documents/s",
        Progress.line(10, 2.0, 400, 1000));
    assertEquals(
        "tldr: [####################] 100% 7 documents, 7.0 documents/s",
        Progress.line(7, 1.0, 1200, 1000)); // read past a file that grew: capped
    assertEquals(
        "tldr: [--------------------]   0% 0 documents, 0.0 documents/s",
        Progress.line(0, 1.0, 0, 1000));
  }

  @Test
  void disabledDrawsNothing() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Progress progress =
        new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, () -> 5, 10);
    progress.update(3);
    progress.finish(3);
    assertEquals(0, bytes.size());
  }

  @Test
  void finishDrawsTheBarAndEndsTheLine() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Progress progress =
        new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, () -> 10, 10);
    progress.finish(4);
    String drawn = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(drawn.startsWith("\rtldr: [####################] 100% 4 documents, "), drawn);
    assertTrue(drawn.endsWith(" documents/s\n"), drawn);
  }

  @Test
  void countingStreamCountsEveryWayOfReading() throws IOException {
    byte[] data = new byte[100];
    try (CountingInputStream in = new CountingInputStream(new ByteArrayInputStream(data))) {
      in.read();
      assertEquals(1, in.count());
      assertEquals(10, in.read(new byte[10], 0, 10));
      assertEquals(11, in.count());
      assertEquals(9, in.skip(9));
      assertEquals(20, in.count());
      in.readAllBytes();
      assertEquals(100, in.count());
      assertEquals(-1, in.read());
      assertEquals(100, in.count());
    }
  }

  @Test
  void sizeOfFilesOnly(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("in.jsonl"), "{\"id\":1,\"text\":\"a\"}\n");
    assertEquals(Files.size(file), Inputs.size(Optional.of(file.toString())));
    assertEquals(-1, Inputs.size(Optional.empty()));
    assertEquals(-1, Inputs.size(Optional.of(dir.toString())));
    assertEquals(-1, Inputs.size(Optional.of(dir.resolve("missing").toString())));
  }
}
