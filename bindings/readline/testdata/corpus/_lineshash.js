// Helpers of go_lines_file.js and go_lines_stdin.js.

// goState reports, under jsproc, whether an Interface splits its input in
// Go ('go'/'js'); under node (no such state) undefined.
function goState(rl) {
  const sym = Object.getOwnPropertySymbols(rl).find((s) => s.description === 'lineReader');
  if (sym === undefined) return undefined;
  return rl[sym] !== undefined ? 'go' : 'js';
}

// expect prints a note when, under jsproc, rl is not on the path want.
function expect(rl, want, what) {
  const st = goState(rl);
  if (st !== undefined && st !== want) console.log('UNEXPECTED: ' + what + ' on the ' + st + ' path');
}

// Summary gathers lines: their count, total length, a hash of all of
// them, and the ones holding a marker (with the line before).
class Summary {
  constructor() {
    this.n = 0;
    this.len = 0;
    this.h = 2166136261;
    this.prev = '';
    this.marked = [];
  }
  add(l) {
    this.n++;
    this.len += l.length;
    for (let i = 0; i < l.length; i++) this.h = Math.imul(this.h ^ l.charCodeAt(i), 16777619) >>> 0;
    this.h = Math.imul(this.h ^ 10, 16777619) >>> 0;
    if (/😀|€uro|boundary|last|\uFFFD|^x/.test(l)) this.marked.push(JSON.stringify(this.prev) + ' -> ' + JSON.stringify(l));
    this.prev = l;
  }
  toString() {
    return 'lines ' + this.n + ' chars ' + this.len + ' hash ' + this.h.toString(16) + '\n    ' + this.marked.join('\n    ');
  }
}

module.exports = { goState, expect, Summary };
