// Hashing a file: streamed through pipeline, piped, and read whole.
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pipeline } = require('stream/promises');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jsproc-crypto-'));
const file = path.join(dir, 'data.bin');
const content = Buffer.alloc(300000);
for (let i = 0; i < content.length; i++) content[i] = (i * 7) % 251;
fs.writeFileSync(file, content);
async function main() {
  const h = crypto.createHash('sha256');
  await pipeline(fs.createReadStream(file, { highWaterMark: 10000 }), h);
  console.log('pipeline', h.read().toString('hex'));
  const h2 = crypto.createHash('md5').setEncoding('hex');
  fs.createReadStream(file).pipe(h2);
  await new Promise((resolve) => h2.on('finish', resolve));
  console.log('pipe', h2.read());
  console.log('whole', crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex'));
  const enc = crypto.createCipheriv('aes-256-cbc', Buffer.alloc(32, 1), Buffer.alloc(16, 2));
  const out = path.join(dir, 'data.enc');
  await pipeline(fs.createReadStream(file), enc, fs.createWriteStream(out));
  const dec = crypto.createDecipheriv('aes-256-cbc', Buffer.alloc(32, 1), Buffer.alloc(16, 2));
  const back = Buffer.concat([dec.update(fs.readFileSync(out)), dec.final()]);
  console.log('encrypted file', fs.statSync(out).size, back.equals(content));
  fs.rmSync(dir, { recursive: true });
}
main();
