package io.github.tldr4j.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class CharsetsTest {

  private static final String WORD = "Gr\u00fc\u00dfe \u20ac";
  private static final Charset UTF8 = StandardCharsets.UTF_8;
  private static final Charset CP1252 = Charsets.WINDOWS_1252;

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(a, 0, a.length);
    out.write(b, 0, b.length);
    return out.toByteArray();
  }

  private static byte[] page(String head, Charset encoding) {
    return ("<html><head>" + head + "</head><body><p>" + WORD + "</p></body></html>").getBytes(encoding);
  }

  static Stream<Arguments> cases() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    return Stream.of(
        // the byte order mark beats the header and <meta>
        Arguments.of(concat(bom, page("<meta charset=\"windows-1252\">", UTF8)), "text/html; charset=iso-8859-1", UTF8),
        Arguments.of(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, page("", StandardCharsets.UTF_16LE)), "", StandardCharsets.UTF_16LE),
        // the header beats <meta>
        Arguments.of(page("<meta charset=\"utf-8\">", CP1252), "text/html; charset=windows-1252", CP1252),
        Arguments.of(page("", UTF8), "text/html;charset=\"UTF-8\"", UTF8),
        // <meta charset> and <meta http-equiv>
        Arguments.of(page("<meta charset=\"windows-1252\">", CP1252), "text/html", CP1252),
        Arguments.of(page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">", CP1252), "", CP1252),
        // an unknown label is skipped; a <meta> naming UTF-16 in an ASCII-compatible page means UTF-8
        Arguments.of(page("<meta charset=\"no-such-encoding\">", UTF8), "text/html; charset=bogus", UTF8),
        Arguments.of(page("<meta charset=\"utf-16\">", UTF8), "", UTF8),
        // nothing declared: UTF-8 when valid, else windows-1252
        Arguments.of(page("", UTF8), "", UTF8),
        Arguments.of(page("", CP1252), "", CP1252));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void choosesTheEncodingAsBrowsersDo(byte[] bytes, String contentType, Charset expected) {
    Charsets.Decoded decoded = Charsets.decode(bytes, contentType);
    assertEquals(expected, decoded.charset());
    assertTrue(decoded.text().contains(WORD), decoded.text());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void aWrongDeclarationNeverFails(byte[] bytes, String ignored, Charset alsoIgnored) {
    // declared UTF-8 over windows-1252 bytes: replacement characters, as a browser shows, no error
    String text = Charsets.decode(page("", CP1252), "text/html; charset=utf-8").text();
    assertTrue(text.contains("\uFFFD"), text);
    assertTrue(Charsets.decode(bytes, "text/html; charset=x-mac-nonsense").text().length() > 0);
  }
}
