// A hello-world HTTP server for bench/httpload: node bench/http_hello.js PORT
const http = require('http');
const port = +process.argv[2] || 8000;
http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('hello world\n');
}).listen(port, '127.0.0.1');
