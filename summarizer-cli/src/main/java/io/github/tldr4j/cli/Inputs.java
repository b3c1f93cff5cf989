package io.github.tldr4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Reads the input of the command: a file or standard input, as strict UTF-8.
 *
 * <p>Decoding is strict ({@link CodingErrorAction#REPORT}): a malformed or unmappable byte
 * sequence is an error naming its byte offset, never a silent replacement character. A leading
 * byte order mark is dropped. A whole document is held once as bytes and once as a {@code String},
 * with no further copy: the bytes are decoded in one step, and validated again in small chunks only
 * when the text holds a replacement character (see {@link #decode}). Stateless.
 */
final class Inputs {

  private static final int CHUNK = 8192;

  private Inputs() {}

  /**
   * Reads a whole document.
   *
   * @param file the file path (resolved against the working directory), or empty for {@code stdin}
   * @param stdin standard input
   * @return the text
   * @throws CliException with status {@link CliException#BAD_INPUT} if the file is missing, a
   *     directory, unreadable or too large, or the input is not valid UTF-8
   */
  static String readDocument(Optional<String> file, InputStream stdin) throws CliException {
    byte[] bytes = readBytes(file, stdin);
    return decode(bytes, bytes.length, name(file));
  }

  /**
   * Reads a whole input as bytes, undecoded (an HTML page carries its own charset).
   *
   * @param file the file path (resolved against the working directory), or empty for {@code stdin}
   * @param stdin standard input
   * @return the bytes
   * @throws CliException with status {@link CliException#BAD_INPUT} if the file is missing, a
   *     directory, unreadable or too large
   */
  static byte[] readBytes(Optional<String> file, InputStream stdin) throws CliException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(stdin, "stdin");
    String name = name(file);
    try {
      if (file.isEmpty()) {
        return stdin.readAllBytes();
      }
      Path path = checkedPath(name);
      if (Files.size(path) > Integer.MAX_VALUE - 16) {
        throw CliException.badInput(name + " is too large: the limit is 2 GB");
      }
      return readFile(path);
    } catch (IOException e) {
      throw readError(name, e);
    }
  }

  /** A file is read this many bytes at a time. */
  private static final int READ_CHUNK = 1 << 18;

  /**
   * Reads a whole file into an array of its size, {@value #READ_CHUNK} bytes at a time: {@link
   * Files#readAllBytes} reads it in one call, through a temporary native buffer as large as the file
   * that the JDK allocates, zeroes and copies from (on a 20 MB file 120-220 ms of CPU against
   * 11-18 ms, most of it page faults). A file that grows or shrinks meanwhile is read to its end.
   */
  static byte[] readFile(Path path) throws IOException {
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      long size = channel.size();
      byte[] bytes = new byte[(int) Math.min(size, Integer.MAX_VALUE - 16)];
      int read = 0;
      while (read < bytes.length) {
        int n = channel.read(ByteBuffer.wrap(bytes, read, Math.min(READ_CHUNK, bytes.length - read)));
        if (n < 0) {
          return Arrays.copyOf(bytes, read);
        }
        read += n;
      }
      byte[] rest = Channels.newInputStream(channel).readAllBytes();
      if (rest.length == 0) {
        return bytes;
      }
      if ((long) bytes.length + rest.length > Integer.MAX_VALUE - 16) {
        throw new IOException("the file grew past 2 GB while it was read");
      }
      byte[] all = Arrays.copyOf(bytes, bytes.length + rest.length);
      System.arraycopy(rest, 0, all, bytes.length, rest.length);
      return all;
    }
  }

  /**
   * Names an input for messages.
   *
   * @param file the file path, or empty for standard input
   * @return the path as given, or {@code "standard input"}
   */
  static String name(Optional<String> file) {
    return file.orElse("standard input");
  }

  /**
   * Opens the input for streaming.
   *
   * @param file the file path, or empty for {@code stdin}
   * @param stdin standard input
   * @return the stream to read; the caller closes it (closing {@code stdin} is harmless)
   * @throws CliException with status {@link CliException#BAD_INPUT} if the file is missing, a
   *     directory or unreadable
   */
  static InputStream open(Optional<String> file, InputStream stdin) throws CliException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(stdin, "stdin");
    if (file.isEmpty()) {
      return stdin;
    }
    Path path = checkedPath(file.get());
    try {
      return Files.newInputStream(path);
    } catch (IOException e) {
      throw readError(file.get(), e);
    }
  }

  /**
   * Returns the size of the input if it is a regular file, for a progress bar.
   *
   * @param file the file path, or empty for {@code stdin}
   * @return the size in bytes, or -1 for standard input, a pipe or a file that cannot be sized
   */
  static long size(Optional<String> file) {
    if (file.isEmpty()) {
      return -1;
    }
    try {
      Path path = Path.of(file.get());
      return Files.isRegularFile(path) ? Files.size(path) : -1;
    } catch (IOException | InvalidPathException e) {
      return -1;
    }
  }

  /**
   * Decodes the first {@code length} bytes of an array as strict UTF-8, dropping a leading byte
   * order mark.
   *
   * <p>One pass in the common case: the JDK's lenient decoder replaces each malformed sequence
   * with U+FFFD, so a result without U+FFFD comes from valid input. Only a text that contains
   * U+FFFD (written as such, or a replacement) is checked again with the strict decoder, which
   * finds the offset of the first malformed sequence, if any.
   *
   * @param bytes the bytes
   * @param length how many of them to decode
   * @param name what they are, for the error message ({@code "notes.txt"}, {@code "line 3"})
   * @return the text
   * @throws CliException with status {@link CliException#BAD_INPUT} naming the byte offset of the
   *     first malformed sequence
   */
  static String decode(byte[] bytes, int length, String name) throws CliException {
    int start = hasByteOrderMark(bytes, length) ? 3 : 0;
    String text;
    boolean replaced;
    if (length - start < PARALLEL_BYTES) {
      text = new String(bytes, start, length - start, StandardCharsets.UTF_8);
      replaced = text.indexOf('\uFFFD') >= 0;
    } else {
      Part[] parts =
          decode(bytes, start, length, 2 * (ForkJoinPool.getCommonPoolParallelism() + 1));
      String[] texts = new String[parts.length];
      replaced = false;
      for (int p = 0; p < parts.length; p++) {
        texts[p] = parts[p].text;
        replaced |= parts[p].replaced;
      }
      text = String.join("", texts);
    }
    if (replaced) {
      validate(bytes, start, length, name);
    }
    return text;
  }

  /**
   * Longer input is decoded in pieces on the common fork-join pool too. A pool without threads
   * ({@code -Djava.util.concurrent.ForkJoinPool.common.parallelism=0}, the library's switch for
   * keeping a long text on the calling thread) takes none of them: this thread decodes them all.
   */
  static final int PARALLEL_BYTES = 1 << 20;

  /** A piece of decoded input, and whether it holds U+FFFD. */
  record Part(String text, boolean replaced) {
    static Part decode(byte[] bytes, int from, int to) {
      String text = new String(bytes, from, to - from, StandardCharsets.UTF_8);
      return new Part(text, text.indexOf('\uFFFD') >= 0);
    }
  }

  /**
   * Decodes {@code bytes[start, length)} in about {@code pieces} pieces, on this thread and the
   * common fork-join pool, each cut before a byte that starts a character (never inside a valid
   * sequence): joined, the text of a one-piece decoding when the input is valid UTF-8 (in an
   * invalid one, some piece holds U+FFFD, and then {@link #validate} rejects it).
   */
  static Part[] decode(byte[] bytes, int start, int length, int pieces) {
    int[] cuts = new int[pieces + 1];
    int count = 1;
    cuts[0] = start;
    for (int p = 1; p < pieces; p++) {
      int cut = Math.max(cuts[count - 1] + 1, start + (int) ((long) (length - start) * p / pieces));
      while (cut < length && (bytes[cut] & 0xC0) == 0x80) {
        cut++;
      }
      if (cut < length) {
        cuts[count++] = cut;
      }
    }
    cuts[count] = length;
    List<ForkJoinTask<Part>> forked = new ArrayList<>(count);
    for (int p = 1; p < count; p++) {
      int from = cuts[p];
      int to = cuts[p + 1];
      forked.add(ForkJoinTask.adapt(() -> Part.decode(bytes, from, to)).fork());
    }
    Part[] parts = new Part[count];
    parts[0] = Part.decode(bytes, cuts[0], cuts[1]);
    for (int p = count - 1; p >= 1; p--) {
      ForkJoinTask<Part> task = forked.get(p - 1);
      // a piece no pool thread has taken yet is decoded here
      parts[p] = task.tryUnfork() ? task.invoke() : task.join();
    }
    return parts;
  }

  /** Runs the strict decoder over {@code bytes[start, length)} in small chunks, keeping nothing. */
  private static void validate(byte[] bytes, int start, int length, String name)
      throws CliException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, length - start);
    CharBuffer out = CharBuffer.allocate(Math.min(CHUNK, length + 1));
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        throw CliException.badInput(
            name + " is not valid UTF-8: malformed bytes at byte offset " + in.position());
      }
      if (result.isUnderflow()) {
        break;
      }
      out.clear();
    }
    out.clear();
    if (decoder.flush(out).isError()) {
      throw CliException.badInput(name + " is not valid UTF-8: truncated at the end");
    }
  }

  private static boolean hasByteOrderMark(byte[] bytes, int length) {
    return length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
  }

  private static Path checkedPath(String name) throws CliException {
    Path path;
    try {
      path = Path.of(name);
    } catch (InvalidPathException e) {
      throw CliException.badInput("invalid file name: " + name);
    }
    if (Files.isDirectory(path)) {
      throw CliException.badInput(name + " is a directory, not a file");
    }
    return path;
  }

  private static CliException readError(String name, IOException e) {
    if (e instanceof NoSuchFileException) {
      return CliException.badInput("no such file: " + name);
    }
    if (e instanceof AccessDeniedException) {
      return CliException.badInput("permission denied: " + name);
    }
    return CliException.badInput("cannot read " + name + ": " + e.getMessage());
  }
}
