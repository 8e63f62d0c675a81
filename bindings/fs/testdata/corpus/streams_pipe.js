const fs = require('fs');
const { pipeline } = require('stream');
const path = require('./_tmp');
const dir = path('pipe');
const src = path.join(dir, 'src');
const dst = path.join(dir, 'dst');
const big = 'abcdefghij'.repeat(100000);
fs.writeFileSync(src, big);
fs.createReadStream(src).pipe(fs.createWriteStream(dst)).on('finish', () => {
  console.log('piped', fs.statSync(dst).size, fs.readFileSync(dst, 'utf8') === big);
  pipeline(fs.createReadStream(src, { start: 10, end: 29 }), fs.createWriteStream(dst), (err) => {
    console.log('pipeline', err, fs.readFileSync(dst, 'utf8'));
  });
});
