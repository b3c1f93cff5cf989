package io.github.tldr4j.benchmarks;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parsed options of one subcommand: {@code --name value}, {@code --name=value} or a bare {@code
 * --flag}. Immutable.
 */
final class Options {

  private final Map<String, String> values;

  private Options(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /**
   * Parses arguments.
   *
   * @param args the arguments after the subcommand
   * @param withValue option names (without dashes) that take a value
   * @param flags option names that take none
   * @throws UsageException on an unknown, repeated or incomplete option, or a positional argument
   */
  static Options parse(String[] args, Set<String> withValue, Set<String> flags) {
    requireNonNull(args, "args");
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--") || arg.length() == 2) {
        throw new UsageException("unexpected argument: " + arg);
      }
      String name = arg.substring(2);
      String value = null;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      if (flags.contains(name)) {
        if (value != null) {
          throw new UsageException("option --" + name + " takes no value: " + arg);
        }
        value = "true";
      } else if (withValue.contains(name)) {
        if (value == null) {
          if (i + 1 >= args.length) {
            throw new UsageException("option --" + name + " needs a value");
          }
          value = args[++i];
        }
      } else {
        throw new UsageException("unknown option: --" + name);
      }
      if (values.put(name, value) != null) {
        throw new UsageException("option --" + name + " given twice");
      }
    }
    return new Options(values);
  }

  boolean has(String name) {
    return values.containsKey(name);
  }

  Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  String required(String name) {
    return get(name).orElseThrow(() -> new UsageException("missing required option --" + name));
  }

  Path requiredPath(String name) {
    String value = required(name);
    if (value.isBlank()) {
      throw new UsageException("option --" + name + " needs a file name");
    }
    return Path.of(value);
  }

  Optional<Path> path(String name) {
    return get(name).map(Path::of);
  }

  /** A positive int option, or empty. */
  Optional<Integer> positiveInt(String name) {
    return get(name)
        .map(
            value -> {
              try {
                int n = Integer.parseInt(value.trim());
                if (n >= 1) {
                  return n;
                }
              } catch (NumberFormatException e) {
                // reported below
              }
              throw new UsageException("--" + name + " must be a positive integer: " + value);
            });
  }

  /** A double option, or empty. */
  Optional<Double> decimal(String name) {
    return get(name)
        .map(
            value -> {
              try {
                return Double.parseDouble(value.trim());
              } catch (NumberFormatException e) {
                throw new UsageException("--" + name + " must be a number: " + value);
              }
            });
  }

  /** The output format: "table" (default) or "json". */
  String format() {
    String format = get("format").orElse("table").toLowerCase(Locale.ROOT);
    if (!format.equals("table") && !format.equals("json")) {
      throw new UsageException("--format must be table or json: " + get("format").orElse(""));
    }
    return format;
  }
}
