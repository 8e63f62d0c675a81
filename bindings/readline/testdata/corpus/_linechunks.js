// lineChunks(n, per) is n chunks of per lines each ("c<chunk>l<line>"),
// every seventh line ended by \r\n: shared by go_lines_*.js and _feeder.js.
module.exports = function lineChunks(n, per) {
  const chunks = [];
  for (let c = 0; c < n; c++) {
    let s = '';
    for (let i = 0; i < per; i++) s += 'c' + c + 'l' + i + (i % 7 === 0 ? '\r\n' : '\n');
    chunks.push(Buffer.from(s));
  }
  return chunks;
};
