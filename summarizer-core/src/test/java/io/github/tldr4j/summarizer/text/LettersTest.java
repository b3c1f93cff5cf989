package io.github.tldr4j.summarizer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The segmenter's case tables answer as {@link Character} does, for every UTF-16 code unit. */
final class LettersTest {

  @Test
  void everyCodeUnitIsClassifiedAsCharacterDoes() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      String hex = Integer.toHexString(i);
      assertEquals(Character.isUpperCase(c), Letters.isUpperCase(c), hex);
      assertEquals(Character.isLowerCase(c), Letters.isLowerCase(c), hex);
      assertEquals(Character.isLetter(c), Letters.isLetter(c), hex);
      assertEquals(Words.isWhitespace(c) ? 0 : Character.toLowerCase(c), Letters.fold(c), hex);
    }
  }

  @Test
  void keysMatchWhateverTheCaseAndSpacing() {
    KeyTable table = KeyTable.of(Map.of("г", 1, "z. b", 2, "π.Χ", 3, "π.χ", 4, "straße", 5, "ԱՄՆ", 6));
    assertEquals(1, table.get("В 1812 Г.", 7, 8));
    assertEquals(2, table.get("Z.\u00A0\n B", 0, 6));
    assertEquals(3, table.get("π.Χ", 0, 3));
    assertEquals(4, table.get("Π.Χ", 0, 3));
    assertEquals(5, table.get("STRASSE STRAßE", 8, 14));
    assertEquals(6, table.get("ԱՄՆ", 0, 3));
    assertEquals(KeyTable.ABSENT, table.get("ամն", 0, 3));
    assertEquals(KeyTable.ABSENT, table.get("zb", 0, 2));
  }
}
