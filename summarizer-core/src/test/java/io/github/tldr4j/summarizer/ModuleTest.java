package io.github.tldr4j.summarizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * The JPMS module {@code io.github.tldr4j.summarizer} (issue 14): it exports the API packages and
 * nothing else, the exported API names no type of an unexported package or of a library other than
 * Lucene (the one a caller brings, as an {@code Analyzer}), and the module resolves
 * and summarizes on the module path, next to Lucene's named modules, whether these tests run on the
 * class path or the module path.
 */
final class ModuleTest {

  private static final String MODULE = "io.github.tldr4j.summarizer";

  private static final Set<String> API =
      Set.of(
          "io.github.tldr4j.summarizer",
          "io.github.tldr4j.summarizer.text",
          "io.github.tldr4j.summarizer.analysis",
          "io.github.tldr4j.summarizer.scoring");

  @Test
  void exportsTheApiPackagesOnly() throws IOException {
    ModuleDescriptor descriptor = descriptor();
    assertEquals(MODULE, descriptor.name());
    Set<String> exported = new TreeSet<>();
    for (ModuleDescriptor.Exports e : descriptor.exports()) {
      assertFalse(e.isQualified(), "no qualified exports: " + e);
      exported.add(e.source());
    }
    assertEquals(new TreeSet<>(API), exported);
    assertTrue(descriptor.opens().isEmpty(), "nothing is opened for reflection");
  }

  @Test
  void exportedSignaturesNameOnlyExportedOrPlatformTypes() throws Exception {
    List<String> leaks = new ArrayList<>();
    for (Class<?> c : moduleClasses()) {
      if (!API.contains(c.getPackageName()) || !isVisible(c)) {
        continue;
      }
      List<Type> types = new ArrayList<>();
      types.add(c.getGenericSuperclass());
      types.addAll(List.of(c.getGenericInterfaces()));
      for (Field f : c.getDeclaredFields()) {
        if (isVisible(f.getModifiers())) {
          types.add(f.getGenericType());
        }
      }
      List<Executable> members = new ArrayList<>(List.of(c.getDeclaredMethods()));
      members.addAll(List.<Constructor<?>>of(c.getDeclaredConstructors()));
      for (Executable m : members) {
        if (!isVisible(m.getModifiers()) || m.isSynthetic()) {
          continue;
        }
        types.addAll(List.of(m.getGenericParameterTypes()));
        types.addAll(List.of(m.getGenericExceptionTypes()));
        if (m instanceof Method method) {
          types.add(method.getGenericReturnType());
        }
      }
      for (Type t : types) {
        for (Class<?> named : classesIn(t)) {
          if (!allowed(named)) {
            leaks.add(c.getName() + " names " + named.getName());
          }
        }
      }
    }
    assertEquals(List.of(), leaks);
  }

  /** The check above does flag a leak: a type of another library or an unexported package. */
  @Test
  void theSignatureCheckRecognisesAForeignType() {
    assertFalse(allowed(Test.class));
    assertFalse(allowed(Test[].class));
    assertTrue(allowed(Analyzer.class));
    assertTrue(allowed(String[].class));
    assertTrue(allowed(Summarizer.Builder.class));
  }

  @Test
  void resolvesAndSummarizesOnTheModulePath() throws Exception {
    ModuleFinder finder =
        ModuleFinder.of(
            location(Summarizer.class),
            location(Analyzer.class),
            location(EnglishAnalyzer.class),
            location(PolishAnalyzer.class));
    Configuration configuration =
        ModuleLayer.boot()
            .configuration()
            .resolve(finder, ModuleFinder.of(), Set.of(MODULE));
    assertEquals(
        Set.of(
            MODULE,
            "org.apache.lucene.core",
            "org.apache.lucene.analysis.common",
            "org.apache.lucene.analysis.stempel"),
        configuration.modules().stream().map(m -> m.name()).collect(Collectors.toSet()));
    ModuleLayer layer =
        ModuleLayer.boot()
            .defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    Module module = layer.findModule(MODULE).orElseThrow();
    assertTrue(module.isExported("io.github.tldr4j.summarizer"));
    assertEquals(
        API, module.getPackages().stream().filter(module::isExported).collect(Collectors.toSet()));

    ClassLoader loader = module.getClassLoader();
    Class<?> summarizerClass = loader.loadClass(MODULE + ".Summarizer");
    Class<?> budgetClass = loader.loadClass(MODULE + ".Budget");
    assertEquals(module, summarizerClass.getModule());
    Object builder = summarizerClass.getMethod("builder").invoke(null);
    Object summarizer = builder.getClass().getMethod("build").invoke(builder);
    Object budget = budgetClass.getMethod("sentences", int.class).invoke(null, 1);
    Object summary =
        summarizerClass
            .getMethod("summarize", String.class, budgetClass)
            .invoke(
                summarizer,
                "The ferry leaves at noon. Tickets cost two euros. The ferry crosses the lake.",
                budget);
    Object text = summary.getClass().getMethod("text").invoke(summary);
    assertTrue(
        Set.of("The ferry leaves at noon.", "The ferry crosses the lake.").contains(text),
        "one sentence about the ferry: " + text);
  }

  private static ModuleDescriptor descriptor() throws IOException {
    try (InputStream in = Summarizer.class.getResourceAsStream("/module-info.class")) {
      assertTrue(in != null, "module-info.class is compiled into the module");
      return ModuleDescriptor.read(in);
    }
  }

  private static Path location(Class<?> c) throws URISyntaxException {
    return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static List<Class<?>> moduleClasses() throws Exception {
    Path root = location(Summarizer.class);
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
        String name = root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), ".");
        name = name.substring(0, name.length() - ".class".length());
        if (!name.endsWith("package-info") && !name.equals("module-info")) {
          classes.add(Class.forName(name, false, Summarizer.class.getClassLoader()));
        }
      }
    }
    return classes;
  }

  private static boolean isVisible(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
      if (!isVisible(k.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isVisible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static boolean allowed(Class<?> c) {
    while (c.isArray()) {
      c = c.getComponentType();
    }
    if (c.isPrimitive()) {
      return true;
    }
    String p = c.getPackageName();
    return p.startsWith("java.") || p.startsWith("org.apache.lucene.") || API.contains(p);
  }

  private static List<Class<?>> classesIn(Type type) {
    List<Class<?>> out = new ArrayList<>();
    collect(type, out);
    return out;
  }

  private static void collect(Type type, List<Class<?>> out) {
    if (type instanceof Class<?> c) {
      out.add(c);
    } else if (type instanceof ParameterizedType p) {
      collect(p.getRawType(), out);
      for (Type a : p.getActualTypeArguments()) {
        collect(a, out);
      }
    } else if (type instanceof GenericArrayType a) {
      collect(a.getGenericComponentType(), out);
    } else if (type instanceof WildcardType w) {
      for (Type b : w.getUpperBounds()) {
        collect(b, out);
      }
      for (Type b : w.getLowerBounds()) {
        collect(b, out);
      }
    }
  }
}
