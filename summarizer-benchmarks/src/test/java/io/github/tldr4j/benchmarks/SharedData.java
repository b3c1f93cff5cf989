package io.github.tldr4j.benchmarks;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Locates the shared development data ({@code shared/data/} next to the repository), so that tests
 * that need it are skipped, not failed, where it is absent.
 *
 * <p>Looked for, in order: the system property {@code tldr4j.shared.dir}, the environment variable
 * {@code TLDR4J_SHARED_DIR} (either may name the {@code shared} directory or its {@code data}
 * directory), then {@code ../shared/data} from the repository root, i.e. {@code ../../shared/data}
 * from the module directory where Maven runs the tests.
 */
public final class SharedData {

  private SharedData() {}

  /**
   * Returns the shared {@code data} directory, skipping the calling test if it cannot be found.
   *
   * @return the directory holding {@code cnndm-dev.jsonl} etc.
   */
  public static Path dataDirectory() {
    List<Path> candidates = new ArrayList<>();
    String property = System.getProperty("tldr4j.shared.dir");
    if (property != null && !property.isBlank()) {
      candidates.add(Path.of(property));
    }
    String env = System.getenv("TLDR4J_SHARED_DIR");
    if (env != null && !env.isBlank()) {
      candidates.add(Path.of(env));
    }
    Path here = Path.of("").toAbsolutePath();
    candidates.add(here.resolve("../shared"));
    candidates.add(here.resolve("../../shared"));
    for (Path candidate : candidates) {
      for (Path dir : List.of(candidate.resolve("data"), candidate)) {
        if (Files.isRegularFile(dir.resolve("cnndm-dev.jsonl"))) {
          return dir.normalize();
        }
      }
    }
    assumeTrue(false, "shared data not found (set -Dtldr4j.shared.dir); tried " + candidates);
    throw new AssertionError("unreachable");
  }

  /**
   * Returns a file of the shared data directory, skipping the calling test if it is absent.
   *
   * @param relative path inside the data directory, such as {@code reference/cnndm-dev.lead3.jsonl}
   * @return the file
   */
  public static Path file(String relative) {
    Path file = dataDirectory().resolve(relative);
    assumeTrue(Files.isRegularFile(file), "missing shared data file " + file);
    return file;
  }
}
