package io.github.tldr4j.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Locates the shared development data ({@code shared/data/} next to the repository).
 *
 * <p>Looked for, in order: the system property {@code tldr4j.shared.dir}, the environment variable
 * {@code TLDR4J_SHARED_DIR} (either may name the {@code shared} directory or its {@code data}
 * directory), then {@code ../shared/data} from the working directory (the repository root) and
 * {@code ../../shared/data} (a module directory, where Maven runs the tests). Stateless.
 */
public final class DataDirectory {

  private DataDirectory() {}

  /**
   * Returns the directories that are searched, in order.
   *
   * @return the candidate {@code shared} (or {@code data}) directories
   */
  public static List<Path> candidates() {
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
    return candidates;
  }

  /**
   * Returns the first data directory holding {@code fileName}.
   *
   * @param fileName a file the directory must contain, such as {@code cnndm-dev.jsonl}
   * @return the normalized directory, or empty if none of the {@link #candidates()} has the file
   */
  public static Optional<Path> find(String fileName) {
    for (Path candidate : candidates()) {
      for (Path dir : List.of(candidate.resolve("data"), candidate)) {
        if (Files.isRegularFile(dir.resolve(fileName))) {
          return Optional.of(dir.normalize());
        }
      }
    }
    return Optional.empty();
  }
}
