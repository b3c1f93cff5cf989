package io.github.tldr4j.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of an HTML page the way browsers choose its encoding (WHATWG Encoding and HTML
 * standards, in short): a byte order mark wins; then the {@code charset} of the HTTP {@code
 * Content-Type}; then a {@code <meta charset>} or {@code <meta http-equiv="Content-Type">} in the
 * first 1024 bytes; then UTF-8 if the bytes are valid UTF-8, else windows-1252. As in browsers,
 * {@code iso-8859-1} and {@code us-ascii} mean windows-1252, and a {@code <meta>} naming UTF-16
 * means UTF-8. Labels Java does not know are skipped. Malformed bytes become U+FFFD. Stateless.
 */
final class Charsets {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int PRESCAN_BYTES = 1024;
  private static final Pattern CHARSET_PARAM =
      Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern META =
      Pattern.compile("<meta\\b[^>]*>", Pattern.CASE_INSENSITIVE);

  private Charsets() {}

  /** The decoded text and the encoding used. */
  record Decoded(String text, Charset charset) {}

  /**
   * Decodes a page.
   *
   * @param bytes the body
   * @param contentType the HTTP Content-Type header value, or null
   */
  static Decoded decode(byte[] bytes, String contentType) {
    int length = bytes.length;
    if (length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      return new Decoded(decode(bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
    if (length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new Decoded(decode(bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
    }
    if (length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new Decoded(decode(bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
    }
    Charset charset =
        fromContentType(contentType, false)
            .or(() -> prescan(bytes))
            .orElseGet(() -> isUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1252);
    return new Decoded(decode(bytes, 0, charset), charset);
  }

  /** The charset parameter of a Content-Type value, if Java knows it. */
  static Optional<Charset> fromContentType(String contentType, boolean inMeta) {
    if (contentType == null) {
      return Optional.empty();
    }
    Matcher m = CHARSET_PARAM.matcher(contentType);
    return m.find() ? label(m.group(1), inMeta) : Optional.empty();
  }

  /** The encoding a {@code <meta>} in the first 1024 bytes declares. */
  static Optional<Charset> prescan(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher meta = META.matcher(head);
    while (meta.find()) {
      String tag = meta.group();
      Optional<Charset> found = fromContentType(tag, true);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** Maps an encoding label as browsers do; empty for labels Java does not support. */
  static Optional<Charset> label(String label, boolean inMeta) {
    String name = label.trim().toLowerCase(Locale.ROOT);
    switch (name) {
      case "iso-8859-1":
      case "iso8859-1":
      case "latin1":
      case "l1":
      case "us-ascii":
      case "ascii":
      case "cp1252":
        return Optional.of(WINDOWS_1252);
      case "x-user-defined":
        return Optional.of(WINDOWS_1252);
      default:
        break;
    }
    if (inMeta && name.startsWith("utf-16")) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    try {
      return Optional.of(Charset.forName(name));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static String decode(byte[] bytes, int offset, Charset charset) {
    // String's constructor replaces malformed input with U+FFFD
    return new String(bytes, offset, bytes.length - offset, charset);
  }
}
