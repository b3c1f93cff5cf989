package io.github.tldr4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class LineReaderTest {

  private static List<String> lines(String input) throws IOException {
    LineReader reader = new LineReader(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    List<String> lines = new ArrayList<>();
    for (byte[] line = reader.next(); line != null; line = reader.next()) {
      lines.add(new String(line, StandardCharsets.UTF_8));
      assertEquals(lines.size(), reader.lineNumber());
    }
    assertNull(reader.next());
    return lines;
  }

  @Test
  void splitsOnNewlinesAndDropsCarriageReturns() throws IOException {
    assertEquals(List.of("a", "", "b", "c"), lines("a\n\r\nb\r\nc\n"));
  }

  @Test
  void keepsLastLineWithoutTerminator() throws IOException {
    assertEquals(List.of("a", "b"), lines("a\nb"));
  }

  @Test
  void emptyInputHasNoLines() throws IOException {
    assertEquals(List.of(), lines(""));
  }

  @Test
  void readsLinesLongerThanItsBuffer() throws IOException {
    String longLine = "x".repeat(200_000);
    assertEquals(List.of(longLine, "y", longLine), lines(longLine + "\ny\n" + longLine));
  }
}
