package io.github.tldr4j.benchmarks;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the shared development data ({@code shared/data/} next to the repository), so that tests
 * that need it are skipped, not failed, where it is absent.
 *
 * <p>Where it is looked for: {@link DataDirectory}.
 */
public final class SharedData {

  private SharedData() {}

  /**
   * Returns the shared {@code data} directory, skipping the calling test if it cannot be found.
   *
   * @return the directory holding {@code cnndm-dev.jsonl} etc.
   */
  public static Path dataDirectory() {
    Optional<Path> dir = DataDirectory.find("cnndm-dev.jsonl");
    assumeTrue(
        dir.isPresent(),
        "shared data not found (set -Dtldr4j.shared.dir); tried " + DataDirectory.candidates());
    return dir.orElseThrow();
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
