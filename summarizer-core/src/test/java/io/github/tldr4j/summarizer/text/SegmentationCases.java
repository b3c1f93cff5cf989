package io.github.tldr4j.summarizer.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The table-test cases under {@code src/test/resources/segmentation/<language>.txt}.
 *
 * <p>A file holds cases separated by blank lines. A case is an {@code @category} line, one input
 * line, and one {@code > } line per expected sentence. Input and expected lines understand the
 * escapes {@code \n \r \t \\ \}{@code uXXXX}. Lines starting with {@code #} between cases are
 * comments. The file name (without {@code .txt}) is the language code passed to the segmenter,
 * unless a {@code %language <code>} line before the first case names another one (the file
 * {@code generic.txt} tests scripts without language data through such a language).
 */
final class SegmentationCases {

  /** One case: what to segment, in which language, and the sentences expected. */
  record Case(String file, String language, String category, int line, String input, List<String> expected) {
    @Override
    public String toString() {
      return file + ":" + line + " [" + category + "]";
    }
  }

  private SegmentationCases() {}

  /** Loads every case of every language file, files in alphabetical order. */
  static List<Case> all() {
    URL dir = SegmentationCases.class.getResource("/segmentation/");
    if (dir == null) {
      throw new IllegalStateException("no /segmentation/ directory on the test class path");
    }
    try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
      List<Case> cases = new ArrayList<>();
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String name = file.getFileName().toString();
        cases.addAll(parse(name.substring(0, name.length() - 4), Files.readAllLines(file, StandardCharsets.UTF_8)));
      }
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Case> parse(String file, List<String> lines) {
    List<Case> cases = new ArrayList<>();
    String language = file;
    String category = null;
    String input = null;
    int start = 0;
    List<String> expected = new ArrayList<>();
    for (int i = 0; i <= lines.size(); i++) {
      String line = i < lines.size() ? lines.get(i) : "";
      if (category == null) {
        if (line.startsWith("%language ")) {
          language = line.substring("%language ".length()).strip();
        } else if (line.startsWith("@")) {
          category = line.substring(1).strip();
          start = i + 1;
        } else if (!line.isBlank() && !line.startsWith("#")) {
          throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected @category: " + line);
        }
      } else if (input == null) {
        input = unescape(line);
      } else if (line.startsWith(">")) {
        expected.add(unescape(line.substring(line.startsWith("> ") ? 2 : 1)));
      } else if (line.isBlank()) {
        if (expected.isEmpty()) {
          throw new IllegalArgumentException(file + ":" + start + ": case without expected sentences");
        }
        cases.add(new Case(file, language, category, start, input, List.copyOf(expected)));
        category = null;
        input = null;
        expected.clear();
      } else {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected '> sentence': " + line);
      }
    }
    return cases;
  }

  static String unescape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        sb.append(c);
        continue;
      }
      char e = s.charAt(++i);
      switch (e) {
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'u' -> {
          sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> sb.append(e);
      }
    }
    return sb.toString();
  }
}
