package io.github.tldr4j.summarizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No static mutable state in summarizer-core (issue 6): summarizers shared between threads and
 * languages cannot interfere through a static field. Every static field of every class the module
 * compiles must be final and hold an immutable value: a primitive, a string, a boxed number, an
 * enum constant, a pattern, an unmodifiable collection of immutable values, a stateless lambda, or
 * an instance of one of this library's classes whose instance fields are all final (their arrays
 * are private and never written after construction, which the classes' own tests cover).
 */
final class NoStaticMutableStateTest {

  /** Fields allowed to break the rule, as "Class.field", each with its reason. */
  private static final Set<String> ALLOWED =
      Set.of(
          // A cache, not state: each language's immutable segmenter, built from the bundled data
          // on first use (computeIfAbsent) and never replaced, so every caller sees the same
          // value whenever it asks. Building all 41 when the class loaded cost a third of the CPU
          // of a one-document run (issue 11).
          "io.github.tldr4j.summarizer.text.RuleBasedSegmenter.SEGMENTERS",
          // Set once, by AnalyzedText's static initializer, and never replaced (a second
          // registration throws): the analysis entry the summarizer reaches through the
          // unexported package, so that no exported class needs a public method for it.
          "io.github.tldr4j.summarizer.internal.CountedAnalysis.entry",
          // Each thread's own buffers and chain of filters for the Latin scanner, reused from
          // text to text on that thread; no thread sees another's (issue 11).
          "io.github.tldr4j.summarizer.analysis.LatinAnalysis.SCRATCH",
          // The English analyzers Analyzers made (weakly held, compared by identity): only ever
          // added to, so an analyzer gets the same answer whenever it asks, on any thread
          // (issue 11: LatinAnalysis needs to know that an analyzer has no stem exclusions).
          "io.github.tldr4j.summarizer.analysis.Analyzers.ENGLISH");

  @Test
  void everyStaticFieldIsFinalAndImmutable() throws Exception {
    List<String> violations = new ArrayList<>();
    List<Class<?>> classes = coreClasses();
    assertTrue(classes.size() > 20, "found the module's classes: " + classes);
    for (Class<?> c : classes) {
      for (Field f : c.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers()) || f.isSynthetic()) {
          continue;
        }
        String name = c.getName() + "." + f.getName();
        if (ALLOWED.contains(name)) {
          continue;
        }
        if (!Modifier.isFinal(f.getModifiers())) {
          violations.add(name + " is not final");
          continue;
        }
        if (f.getType().isPrimitive()) {
          continue;
        }
        f.setAccessible(true);
        String problem = mutability(f.get(null), Collections.newSetFromMap(new IdentityHashMap<>()));
        if (problem != null) {
          violations.add(name + ": " + problem);
        }
      }
    }
    assertEquals(List.of(), violations);
  }

  @Test
  void theCheckRecognisesMutableValues() {
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    assertTrue(mutability(new java.util.concurrent.ConcurrentHashMap<String, String>(), seen) != null);
    assertTrue(mutability(new int[] {1}, seen) != null);
    assertTrue(mutability(new ArrayList<>(List.of("a")), seen) != null);
    assertTrue(mutability(List.of(new StringBuilder()), seen) != null);
    assertEquals(null, mutability(Map.of("en", List.of("a", "b")), seen));
    assertEquals(null, mutability(ScoringWeights.defaults(), seen));
  }

  /** Returns why {@code value} is mutable, or null if it is immutable. */
  private static String mutability(Object value, Set<Object> seen) {
    if (value == null || !seen.add(value)) {
      return null;
    }
    Class<?> type = value.getClass();
    if (value instanceof String
        || value instanceof Number && type.getName().startsWith("java.lang.")
        || value instanceof Boolean
        || value instanceof Character
        || value instanceof Enum<?>
        || value instanceof Pattern
        || value instanceof Class<?>) {
      return null;
    }
    if (type.isArray()) {
      return Array.getLength(value) == 0 ? null : "an array (" + type.getSimpleName() + ")";
    }
    String typeName = type.getName();
    boolean unmodifiable =
        typeName.startsWith("java.util.ImmutableCollections$")
            || typeName.startsWith("java.util.Collections$Unmodifiable")
            || typeName.startsWith("java.util.Collections$Empty")
            || typeName.startsWith("java.util.Collections$Singleton");
    if (value instanceof Map<?, ?> map) {
      if (!unmodifiable) {
        return "a modifiable map (" + typeName + ")";
      }
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String problem = first(mutability(e.getKey(), seen), mutability(e.getValue(), seen));
        if (problem != null) {
          return "an entry of the map: " + problem;
        }
      }
      return null;
    }
    if (value instanceof Collection<?> collection) {
      if (!unmodifiable) {
        return "a modifiable collection (" + typeName + ")";
      }
      for (Object element : collection) {
        String problem = mutability(element, seen);
        if (problem != null) {
          return "an element of the collection: " + problem;
        }
      }
      return null;
    }
    boolean ours = typeName.startsWith("io.github.tldr4j.");
    if (!ours && !type.isSynthetic() && !typeName.contains("$$Lambda")) {
      return "of a type not known to be immutable (" + typeName + ")";
    }
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isFinal(f.getModifiers())) {
          return typeName + "." + f.getName() + " is not final";
        }
      }
    }
    return null;
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }

  /** Every class compiled from summarizer-core/src/main/java. */
  private static List<Class<?>> coreClasses() throws IOException, URISyntaxException {
    Path root = Path.of(Summarizer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
        String name = root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), ".");
        name = name.substring(0, name.length() - ".class".length());
        if (name.endsWith("package-info") || name.endsWith("module-info")) {
          continue;
        }
        try {
          classes.add(Class.forName(name, true, Summarizer.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException("cannot load " + name, e);
        }
      }
    }
    return classes;
  }
}
