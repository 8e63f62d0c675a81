// Content-Encoding br is decoded as undici decodes it, streamed or whole.
const http = require('http');
const zlib = require('zlib');

const text = 'hello brotli\n'.repeat(1000);
const server = http.createServer((req, res) => {
  res.setHeader('Content-Encoding', 'br');
  res.end(zlib.brotliCompressSync(text));
});
server.listen(0, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${server.address().port}/`;
  const whole = await (await fetch(url)).text();
  console.log(whole === text, whole.length);
  const r = await fetch(url);
  console.log(r.headers.get('content-encoding'));
  let n = 0;
  for await (const chunk of r.body) n += chunk.length;
  console.log(n);
  server.close();
});
