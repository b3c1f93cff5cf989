package io.github.tldr4j.summarizer.text;

/**
 * A text read through its {@code char[]}: the scanner's rules ask for its characters one at a time,
 * hundreds of places, and {@code String.charAt} tests the string's coding and bounds at every call.
 * The methods answer as {@link String}'s of the same names do on the same text, for indexes inside
 * it; those that compare or search ranges are the string's own. Not a copy: the array is the
 * caller's and must not be written while this is used.
 */
final class TextChars implements CharSequence {

  private final String text;
  private final char[] chars;

  /** {@code chars} holds {@code text.toCharArray()}. */
  TextChars(String text, char[] chars) {
    this.text = text;
    this.chars = chars;
  }

  @Override
  public int length() {
    return chars.length;
  }

  @Override
  public char charAt(int index) {
    return chars[index];
  }

  /** {@link String#codePointAt}. */
  int codePointAt(int index) {
    return Character.codePointAt(chars, index);
  }

  /** {@link String#codePointBefore}. */
  int codePointBefore(int index) {
    return Character.codePointBefore(chars, index);
  }

  /** {@link String#indexOf(int, int)}. */
  int indexOf(int ch, int fromIndex) {
    return text.indexOf(ch, fromIndex);
  }

  /** {@link String#regionMatches(int, String, int, int)}. */
  boolean regionMatches(int offset, String other, int otherOffset, int length) {
    return text.regionMatches(offset, other, otherOffset, length);
  }

  /** {@link String#regionMatches(int, String, int, int)} with this text as the other. */
  boolean regionMatches(int offset, TextChars other, int otherOffset, int length) {
    return text.regionMatches(offset, other.text, otherOffset, length);
  }

  /** {@link String#regionMatches(boolean, int, String, int, int)}. */
  boolean regionMatches(boolean ignoreCase, int offset, String other, int otherOffset, int length) {
    return text.regionMatches(ignoreCase, offset, other, otherOffset, length);
  }

  /** {@link String#substring(int, int)}. */
  String substring(int from, int to) {
    return text.substring(from, to);
  }

  @Override
  public CharSequence subSequence(int from, int to) {
    return text.subSequence(from, to);
  }

  @Override
  public String toString() {
    return text;
  }
}
