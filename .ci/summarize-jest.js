// Sums every Jest "Tests:" line of a log into one closing line ("N passed, N failed, N skipped"),
// the form CI reads; Jest's own per-project lines end in "N total", which it does not.
const { readFileSync } = require('node:fs');

const log = readFileSync(process.argv[2], 'utf8').replace(/\u001b\[[0-9;]*m/g, '');
const totals = { passed: 0, failed: 0, skipped: 0 };
for (const line of log.split('\n')) {
  if (!/^\s*Tests:/.test(line)) continue;
  for (const kind of Object.keys(totals)) {
    const match = new RegExp(`(\\d+) ${kind}`).exec(line);
    if (match) totals[kind] += Number(match[1]);
  }
}
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
