package io.github.tldr4j.benchmarks.rouge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class Rouge155StemmerTest {

  static Stream<Arguments> porterExamples() {
    return Stream.of(
        // step 1a (examples from Porter 1980)
        Arguments.of("caresses", "caress"),
        Arguments.of("ponies", "poni"),
        Arguments.of("ties", "ti"),
        Arguments.of("caress", "caress"),
        Arguments.of("cats", "cat"),
        // step 1b
        Arguments.of("feed", "feed"),
        Arguments.of("agreed", "agre"),
        Arguments.of("plastered", "plaster"),
        Arguments.of("motoring", "motor"),
        Arguments.of("sing", "sing"),
        Arguments.of("conflated", "conflat"),
        Arguments.of("sized", "size"),
        Arguments.of("hopping", "hop"),
        Arguments.of("falling", "fall"),
        Arguments.of("hissing", "hiss"),
        Arguments.of("failing", "fail"),
        Arguments.of("filing", "file"),
        // step 1c, 2, 3
        Arguments.of("happy", "happi"),
        Arguments.of("relational", "relat"),
        Arguments.of("conditional", "condit"),
        Arguments.of("generalization", "gener"),
        Arguments.of("electrical", "electr"),
        Arguments.of("hopeful", "hope"),
        Arguments.of("goodness", "good"),
        // step 4, 5
        Arguments.of("revival", "reviv"),
        Arguments.of("adjustable", "adjust"),
        Arguments.of("adjustment", "adjust"),
        Arguments.of("adoption", "adopt"),
        Arguments.of("probate", "probat"),
        Arguments.of("rate", "rate"),
        Arguments.of("controll", "control"),
        Arguments.of("roll", "roll"),
        // a leading y is a consonant
        Arguments.of("youth", "youth"),
        Arguments.of("yelling", "yell"));
  }

  @ParameterizedTest
  @MethodSource("porterExamples")
  void stemsAsPorter(String word, String stem) {
    assertEquals(stem, Rouge155Stemmer.porter(word));
  }

  @Test
  void tiesMentAndEntAfterTheStep4SuffixAsRouge155Does() {
    // ROUGE-1.5.5's step 4 (changed 2004-02-14) also tries -ment, then -ent; standard Porter keeps
    // "agreement" and "fundament".
    assertEquals("agreem", Rouge155Stemmer.porter("agreement"));
    assertEquals("fundam", Rouge155Stemmer.porter("fundamental"));
    assertEquals("replac", Rouge155Stemmer.porter("replacement"));
    assertEquals("depend", Rouge155Stemmer.porter("dependent"));
  }

  @Test
  void looksUpWordNetExceptionsBeforeStemming() {
    Rouge155Stemmer stemmer = Rouge155Stemmer.instance();
    assertEquals("go", stemmer.stem("went"));
    assertEquals("mouse", stemmer.stem("mice"));
    assertEquals("child", stemmer.stem("children"));
    assertEquals("run", stemmer.stem("running"));
  }

  @Test
  void laterExceptionListsOverrideEarlierOnes() {
    // adj.exc says better -> good, adv.exc (read later) better -> well
    assertEquals("well", Rouge155Stemmer.instance().stem("better"));
    assertEquals("well", Rouge155Stemmer.instance().stem("best"));
  }

  @Test
  void takesTheFirstBaseFormOfAnException() {
    assertEquals("ax", Rouge155Stemmer.instance().stem("axes"));
  }

  @Test
  void loadsAllBundledExceptions() {
    // 5,939 lines, 9 forms listed twice
    assertEquals(5930, Rouge155Stemmer.instance().exceptionCount());
    assertTrue(Rouge155Stemmer.porter("is").equals("is"));
  }
}
