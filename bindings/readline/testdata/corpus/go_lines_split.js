// Lines split in Go (a child's pipe, a socket, under jsproc) and in JS (a
// PassThrough) agree: line ends across chunks, multi-byte characters split
// across chunks, invalid UTF-8, the last line without a newline.
const readline = require('readline');
const { every, compare, started } = require('./_source');

const b = (...parts) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

function lines(opts) {
  return (src, log) => new Promise((resolve) => {
    const rl = readline.createInterface(Object.assign({ input: src.input }, opts));
    started(src, rl, log);
    rl.on('line', (l) => log('line', l, l.length));
    rl.on('close', () => {
      log('close');
      resolve(rl);
    });
    every(15, src);
  });
}

(async () => {
  await compare('line ends across chunks', ['a\nb\r', '\nc\r', 'd\r\r\n\n', 'e'].map((s) => b(s)), 'go', lines({}));
  await compare('crlfDelay Infinity', ['x\r', '\ny\r', '\r', '\nz\n'].map((s) => b(s)), 'go', lines({ crlfDelay: Infinity }));
  const text = Buffer.from('héllo €uro 😀 end\n', 'utf8');
  const cuts = [];
  for (let i = 0; i < text.length; i += 1) cuts.push(text.subarray(i, i + 1));
  await compare('a multi-byte character split byte by byte', cuts, 'go', lines({}));
  await compare('split characters at chunk ends', [
    b('ab', [0xc3]), b([0xa9], 'cd', [0xe2, 0x82]), b([0xac, 0x0a, 0xf0, 0x9f]), b([0x98, 0x80], '\r'), b([0xe2]), b('\n', [0xf0, 0x9f, 0x98]),
  ], 'go', lines({}));
  await compare('invalid UTF-8', [
    b([0xe2, 0x82], '\n', [0xff, 0xfe], 'x\n', [0xed, 0xa0, 0x80], '\n', [0xc0, 0xaf], '\r'), b([0x80], 'y', [0xf0, 0x9f]), b('\n', [0xe2]),
  ], 'go', lines({}));
  await compare('no newline at all', [b('only'), b(' one')], 'go', lines({}));
  await compare('empty lines and a lone \\r at the end', [b('\n\n\r\r'), b('\r')], 'go', lines({}));
  await compare('split characters at chunk ends', [
    b('ab', [0xc3]), b([0xa9], 'cd', [0xe2, 0x82]), b([0xac, 0x0a, 0xf0, 0x9f]), b([0x98, 0x80], '\r'), b('\n', [0xe2]), b('\r\n'),
  ], 'go', lines({}), 'socket');
})();
