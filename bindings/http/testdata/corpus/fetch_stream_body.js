// A response body read chunk by chunk from a ReadableStream, and async iteration.
const http = require('http');
const server = http.createServer((req, res) => {
  res.write('part1;');
  setTimeout(() => { res.write('part2;'); setTimeout(() => res.end('part3'), 10); }, 10);
});
server.listen(0, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${server.address().port}/`;
  const res = await fetch(url);
  console.log(res.body instanceof ReadableStream, res.bodyUsed);
  const reader = res.body.getReader();
  let text = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    console.log('chunk is Uint8Array:', value instanceof Uint8Array);
    text += new TextDecoder().decode(value);
  }
  console.log(text, res.bodyUsed);
  const res2 = await fetch(url);
  let all = '';
  for await (const c of res2.body) all += Buffer.from(c).toString();
  console.log('iterated:', all);
  const res3 = await fetch(url);
  await res3.body.cancel();
  console.log('cancelled', res3.bodyUsed);
  server.close();
});
