// Times Mozilla Readability (with jsdom) on the article-extraction pages, single-threaded,
// one warm-up pass then the best of the timed passes. usage: node readability-bench.js HTML_DIR [passes] [OUT.ndjson]
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { JSDOM, VirtualConsole } = require("jsdom");
const { Readability } = require("@mozilla/readability");

const dir = process.argv[2];
const passes = Number(process.argv[3] || 3);
const out = process.argv[4];
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".html.gz")).sort();
const pages = files.map((f) => ({ file: path.join(dir, f), html: zlib.gunzipSync(fs.readFileSync(path.join(dir, f))).toString("utf8") }));
const quiet = new VirtualConsole();

let best = Infinity;
let texts = [];
for (let pass = 0; pass <= passes; pass++) {
  const start = process.hrtime.bigint();
  texts = pages.map((p) => {
    const dom = new JSDOM(p.html, { url: "https://example.org/", virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    dom.window.close();
    return article ? article.textContent : "";
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (pass > 0 && ms < best) best = ms;
}
if (out) fs.writeFileSync(out, pages.map((p, i) => JSON.stringify({ file: p.file, text: texts[i] })).join("\n") + "\n");
console.log(`readability+jsdom: ${pages.length} pages in ${best.toFixed(0)} ms = ${(pages.length / (best / 1000)).toFixed(1)} pages/s`);
