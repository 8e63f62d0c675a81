// Writes h2constants_table.go from the running node's http2.constants
// (run by go generate under node v20).
const fs = require('fs');
const path = require('path');
const c = require('http2').constants;
let s = "// Code generated from node v20's http2.constants by gen_h2constants.js; DO NOT EDIT.\n\n";
s += 'package http\n\n// h2constants are node\'s http2.constants, in node\'s order.\nvar h2constants = []h2constant{\n';
for (const [k, v] of Object.entries(c)) {
  s += `\t{${JSON.stringify(k)}, ${typeof v === 'number' ? `int64(${v})` : JSON.stringify(v)}},\n`;
}
s += '}\n';
fs.writeFileSync(path.join(__dirname, 'h2constants_table.go'), s);
