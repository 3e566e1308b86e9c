// Times rss-parser on the benchmark feeds, one warm-up pass then the best of the timed passes.
// usage: node rss-parser-bench.js FEED_DIR [passes]
"use strict";
const fs = require("fs");
const path = require("path");
const Parser = require("rss-parser");

async function main() {
  const dir = process.argv[2];
  const passes = Number(process.argv[3] || 3);
  const feeds = fs.readdirSync(dir).sort().map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
  const parser = new Parser();
  let best = Infinity;
  let items = 0;
  for (let pass = 0; pass <= passes; pass++) {
    items = 0;
    const start = process.hrtime.bigint();
    for (const xml of feeds) {
      try {
        const feed = await parser.parseString(xml);
        items += feed.items.length;
      } catch (e) {
        // a feed rss-parser cannot read counts no items
      }
    }
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (pass > 0 && ms < best) best = ms;
  }
  console.log(`rss-parser: ${feeds.length} feeds, ${items} items in ${best.toFixed(1)} ms = ${(items / (best / 1000)).toFixed(0)} items/s`);
}
main();
