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
  let chunks = 0;
  let allBytes = true;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    // How the three writes fall into chunks depends on timing; their kind
    // and their bytes do not.
    chunks++;
    allBytes = allBytes && value instanceof Uint8Array;
    text += new TextDecoder().decode(value);
  }
  console.log('chunks are Uint8Array:', chunks > 0 && allBytes);
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
