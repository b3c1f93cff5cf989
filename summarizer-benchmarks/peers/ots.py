#!/usr/bin/env python3
"""Runs the Open Text Summarizer (OTS, the C program; Debian package `ots`) over a dataset.

Writes one summaries line per document, {"id", "text"}, ready for `./bench rouge`. OTS picks a
percentage of the sentences (--ratio); to compare at one of tldr4j's budgets, its output can be cut
to the same word ceiling: --words N (the first N words) or --word-ratio R (the first
floor(R * words of the article) words, as Budget.ratio counts them).

  python3 summarizer-benchmarks/peers/ots.py DATA.jsonl OUT.jsonl --ratio 40 --word-ratio 0.4
  ./bench rouge --data DATA.jsonl --summaries OUT.jsonl

Also prints the time OTS took: the sum of its per-document process times, and the time of one
process on an empty input (the start-up cost included in each of them).
"""
import argparse
import json
import subprocess
import sys
import time


def run_ots(text, ratio):
    done = subprocess.run(
        ["ots", "--ratio=%d" % ratio], input=text.encode("utf-8"), capture_output=True, check=True
    )
    return done.stdout.decode("utf-8", "replace").strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data")
    parser.add_argument("out")
    parser.add_argument("--ratio", type=int, default=20, help="OTS --ratio, percent (default 20)")
    cut = parser.add_mutually_exclusive_group()
    cut.add_argument("--words", type=int, help="keep the first N words of each summary")
    cut.add_argument("--word-ratio", type=float, help="keep floor(R * article words) words")
    args = parser.parse_args()

    start = time.perf_counter()
    run_ots("", args.ratio)
    startup = time.perf_counter() - start

    elapsed = 0.0
    documents = 0
    with open(args.data, encoding="utf-8") as data, open(args.out, "w", encoding="utf-8") as out:
        for line in data:
            doc = json.loads(line)
            start = time.perf_counter()
            summary = run_ots(doc["text"], args.ratio)
            elapsed += time.perf_counter() - start
            words = summary.split()
            if args.words is not None:
                words = words[: args.words]
            elif args.word_ratio is not None:
                words = words[: int(args.word_ratio * len(doc["text"].split()))]
            out.write(json.dumps({"id": doc["id"], "text": " ".join(words)}) + "\n")
            documents += 1
    print(
        "ots: %d documents, %.1f s in OTS processes (%.2f ms each, of which ~%.2f ms start-up)"
        % (documents, elapsed, 1000 * elapsed / max(1, documents), 1000 * startup),
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
