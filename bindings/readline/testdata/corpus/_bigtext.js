// bigText() is the input of go_lines_file.js and go_lines_stdin.js: about
// 200 KiB of lines ending in \n or \r\n, with multi-byte characters, a
// 4-byte character across the first 64 KiB boundary, a \r\n across the
// second and a 3-byte character across the third.
module.exports = function bigText() {
  const K = 64 * 1024;
  const parts = [];
  let size = 0;
  const add = (s) => {
    const b = Buffer.from(s, 'utf8');
    parts.push(b);
    size += b.length;
  };
  // fill(to) adds lines until exactly to bytes are written.
  const fill = (to) => {
    let i = 0;
    while (to - size > 40) add('line ' + size + (i++ % 3 === 0 ? ' héllo €\r\n' : ' ascii\n'));
    add('x'.repeat(to - size - 1) + '\n');
  };
  fill(K - 4);
  add('ab😀cd\r\n');
  fill(2 * K - 1);
  add('\r\nafter the second boundary\n');
  fill(3 * K - 1);
  add('€uro split\r\n');
  fill(3 * K + 5000);
  add('the last line has no newline é');
  return Buffer.concat(parts);
};
