// Serves SIZE bytes (default 1 GiB) at any path for fetch benchmarks:
// node bench/http_big.js PORT [SIZE]
const http = require('http');
const port = +process.argv[2] || 8000;
const size = +process.argv[3] || 1 << 30;
const chunk = Buffer.alloc(1 << 20, 'x');
http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Length': size });
  let left = size;
  const write = () => {
    while (left > 0) {
      const n = Math.min(left, chunk.length);
      left -= n;
      if (!res.write(n === chunk.length ? chunk : chunk.subarray(0, n))) return res.once('drain', write);
    }
    res.end();
  };
  write();
}).listen(port, '127.0.0.1');
