// Fetches a URL and reads its body to the end, printing MiB/s:
// node bench/fetch_big.js http://127.0.0.1:PORT/
const url = process.argv[2];
(async () => {
  const start = Date.now();
  const res = await fetch(url);
  const reader = res.body.getReader();
  let n = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    n += value.byteLength;
  }
  const sec = (Date.now() - start) / 1000;
  console.log(`${n} bytes in ${sec.toFixed(2)}s: ${(n / sec / (1 << 20)).toFixed(1)} MiB/s`);
})();
