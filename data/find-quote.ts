/**
 * Prints where a quote stands in a seed file, for writing and reviewing the offsets in data/*.json.
 * Usage: npx tsx data/find-quote.ts FILE "quote"   (FILE: a name in data/seeds/, e.g. 003_d7f53db3d6bb61e0.txt)
 * Offsets are JavaScript string offsets (UTF-16 code units), end exclusive, as the data files use.
 */
import { findQuoteOffsets, readSeedText } from "./load-seed-data.ts";

const [file, quote] = process.argv.slice(2);
if (!file || !quote) {
  console.error('usage: npx tsx data/find-quote.ts FILE "quote"');
  process.exit(2);
}
const name = file.replace(/^.*[\\/]/, "");
const starts = findQuoteOffsets(readSeedText(name), quote);
if (starts.length === 0) {
  console.error(`not found in ${name}: ${quote}`);
  process.exit(1);
}
starts.forEach((start, i) => {
  // Ready to paste into a data file; occurrence numbers match the gold annotations' convention.
  console.log(JSON.stringify({ occurrence: i + 1, file: name, start, end: start + quote.length, quote }));
});
