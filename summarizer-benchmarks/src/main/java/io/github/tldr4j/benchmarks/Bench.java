package io.github.tldr4j.benchmarks;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code ./bench} command line: ROUGE scoring and quality comparison of the library.
 *
 * <pre>
 * ./bench rouge --data DATA.jsonl --summaries SYS.jsonl [--unicode] [--per-doc OUT.tsv]
 *               [--format table|json] [--threads N]
 * ./bench compare --data DATA.jsonl --summaries A.jsonl --against B.jsonl [--samples N]
 *                 [--seed S] [--unicode] [--format table|json] [--threads N]
 * ./bench quality --data DATA.jsonl [--words N | --sentences N | --ratio R] [--lang CODE]
 *                 [--algorithm NAME] [--unicode] [--format table|json] [--threads N]
 * ./bench extract --data PAGES.jsonl [--peer NAME=FILE.jsonl] [--per-page OUT.tsv]
 *                 [--dump OUT.jsonl] [--words N] [--format table|json]
 * ./bench furniture --data PAGES.jsonl [--words N | --sentences N | --ratio R] [--lang CODE]
 *                   [--per-page OUT.tsv] [--threads N]
 * ./bench segmentation --data DIR|FILE.jsonl [--errors N] [--format table|json]
 * </pre>
 *
 * <p>Exit status: 0 on success, 1 when an input file is missing, malformed or inconsistent
 * (summaries not matching the dataset's ids), 2 on a usage error. Errors are one line on standard
 * error, without a stack trace.
 *
 * @since 0.1
 */
public final class Bench {

  private Bench() {}

  /**
   * Runs a bench command and exits with its status.
   *
   * @param args the subcommand and its options
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    System.out.flush();
    System.err.flush();
    System.exit(status);
  }

  /**
   * Runs a bench command.
   *
   * @param args the subcommand and its options
   * @param out where results go
   * @param err where errors go
   * @return the exit status
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      err.println("bench: missing command");
      usage(err);
      return 2;
    }
    String command = args[0];
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    boolean help = List.of(rest).contains("--help") || List.of(rest).contains("-h");
    try {
      switch (command) {
        case "rouge":
          if (help) {
            out.println("usage: " + RougeCommand.USAGE);
            return 0;
          }
          return RougeCommand.run(rest, out, err);
        case "compare":
          if (help) {
            out.println("usage: " + CompareCommand.USAGE);
            return 0;
          }
          return CompareCommand.run(rest, out, err);
        case "quality":
          if (help) {
            out.println("usage: " + QualityCommand.USAGE);
            return 0;
          }
          return QualityCommand.run(rest, out, err);
        case "extract":
          if (help) {
            out.println("usage: " + ExtractCommand.USAGE);
            return 0;
          }
          return ExtractCommand.run(rest, out, err);
        case "furniture":
          if (help) {
            out.println("usage: " + FurnitureCommand.USAGE);
            return 0;
          }
          return FurnitureCommand.run(rest, out, err);
        case "segmentation":
          if (help) {
            out.println("usage: " + SegmentationCommand.USAGE);
            return 0;
          }
          return SegmentationCommand.run(rest, out, err);
        case "help":
        case "--help":
        case "-h":
          usage(out);
          return 0;
        default:
          throw new UsageException("unknown command: " + command);
      }
    } catch (UsageException e) {
      err.println("bench: " + e.getMessage());
      switch (command) {
        case "rouge":
          err.println("usage: " + RougeCommand.USAGE);
          break;
        case "compare":
          err.println("usage: " + CompareCommand.USAGE);
          break;
        case "quality":
          err.println("usage: " + QualityCommand.USAGE);
          break;
        case "extract":
          err.println("usage: " + ExtractCommand.USAGE);
          break;
        case "furniture":
          err.println("usage: " + FurnitureCommand.USAGE);
          break;
        case "segmentation":
          err.println("usage: " + SegmentationCommand.USAGE);
          break;
        default:
          usage(err);
      }
      return 2;
    } catch (DataException e) {
      err.println("bench: " + e.getMessage());
      return 1;
    }
  }

  private static void usage(PrintStream stream) {
    stream.println("usage: " + RougeCommand.USAGE);
    stream.println("       " + CompareCommand.USAGE);
    stream.println("       " + QualityCommand.USAGE);
    stream.println("       " + ExtractCommand.USAGE);
    stream.println("       " + FurnitureCommand.USAGE);
    stream.println("       " + SegmentationCommand.USAGE);
  }

  /** The default worker count: the available processors. */
  static int defaultThreads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }
}
