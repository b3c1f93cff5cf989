#!/usr/bin/env node
// Runs Mozilla's Readability.js (with jsdom) over an extraction dataset, as a peer for
// `./bench extract --peer readability.js=OUT.jsonl`.
//
//   npm install --prefix /tmp/readability-peer @mozilla/readability jsdom
//   NODE_PATH=/tmp/readability-peer/node_modules node summarizer-benchmarks/peers/readability.js \
//       ../shared/data/extraction/scrapinghub-dev.jsonl readability.jsonl
//
// Each output line is {"id", "text", "seconds", "cpuSeconds"}: the article's textContent
// (Readability's plain text) and the wall-clock and CPU time (of the whole process) of the second
// of two passes (jsdom parse + Readability), so that the JIT is warm as in the Java benchmark.
// With --once as a third argument, each page is extracted once, without the warm-up pass: the
// whole-process timing of peers/speed.sh, measured from outside with /usr/bin/time.
// Not needed by the build or CI.
'use strict';
const fs = require('fs');
const readline = require('readline');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

async function main() {
  const [input, output, mode] = process.argv.slice(2);
  if (!input || !output || (mode !== undefined && mode !== '--once')) {
    console.error('usage: readability.js PAGES.jsonl OUT.jsonl [--once]');
    process.exit(2);
  }
  const pages = [];
  const lines = readline.createInterface({ input: fs.createReadStream(input, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim()) pages.push(JSON.parse(line));
  }
  const quiet = new VirtualConsole();
  // a page Readability or jsdom fails on counts as an empty extraction
  const extract = (page) => {
    try {
      const dom = new JSDOM(page.html, { url: page.url || 'http://localhost/', virtualConsole: quiet });
      const article = new Readability(dom.window.document).parse();
      dom.window.close();
      return article && article.textContent ? article.textContent : '';
    } catch (e) {
      return '';
    }
  };
  if (mode !== '--once') {
    for (const page of pages) extract(page); // warm-up pass
  }
  const out = [];
  for (const page of pages) {
    const start = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    const text = extract(page);
    const used = process.cpuUsage(cpu);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const cpuSeconds = (used.user + used.system) / 1e6;
    out.push(JSON.stringify({ id: page.id, text, seconds, cpuSeconds }));
  }
  fs.writeFileSync(output, out.join('\n') + '\n');
}

main();
