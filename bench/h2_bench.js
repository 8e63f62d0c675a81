// An h2c server and its client in one process (node:http2 on both sides):
//   one      requests/s of N small GET requests on one session, C in flight
//   sessions requests/s of the same over S sessions, C in flight on each
//   post     requests/s of small POST requests with a 1 KiB body (one session)
//   big      MiB/s of a large response body (BIG MiB, 64 KiB writes)
//   upload   MiB/s of a large request body (BIG MiB, 64 KiB writes)
// and prints one JSON line with all of them (rt_per_s is the one-session
// figure), each with the process's CPU time per request (µs) or per MiB
// (µs), the steadier figure on a loaded machine.
// Usage: node bench/h2_bench.js [N] [BIG]
const http2 = require('http2');

const N = Number(process.argv[2]) || 20000;
const BIG = Number(process.argv[3]) || 256;
const C = 32;
const S = 4;
const chunk = Buffer.alloc(64 * 1024, 'x');
const small = Buffer.alloc(1024, 'y');

const server = http2.createServer();
server.on('stream', (stream, headers) => {
  const path = headers[':path'];
  if (path === '/big') {
    stream.respond({ ':status': 200, 'content-type': 'application/octet-stream' });
    let left = BIG * 16;
    const pump = () => {
      while (left > 0) {
        left--;
        if (!stream.write(chunk)) { stream.once('drain', pump); return; }
      }
      stream.end();
    };
    pump();
    return;
  }
  if (headers[':method'] === 'POST') {
    let n = 0;
    stream.on('data', (c) => { n += c.length; });
    stream.on('end', () => {
      stream.respond({ ':status': 200, 'content-type': 'text/plain' });
      stream.end(String(n));
    });
    return;
  }
  stream.respond({ ':status': 200, 'content-type': 'text/plain', 'x-bench': 'h2' });
  stream.end('hello world');
});

// run sends n requests over the sessions, c in flight on each, and
// resolves with the elapsed seconds.
function run(sessions, n, c, opts) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    let sent = 0;
    let done = 0;
    const one = (session) => {
      if (sent >= n) return;
      sent++;
      const req = session.request(opts.headers);
      let len = 0;
      req.on('response', (h) => { if (h[':status'] !== 200) reject(new Error('status ' + h[':status'])); });
      req.on('data', (d) => { len += d.length; });
      req.on('end', () => {
        if (len === 0) reject(new Error('empty body'));
        if (++done === n) resolve(Number(process.hrtime.bigint() - start) / 1e9);
        else one(session);
      });
      req.on('error', reject);
      if (opts.body) req.end(opts.body);
    };
    for (const s of sessions) for (let i = 0; i < c; i++) one(s);
  });
}

function connect(port) {
  return new Promise((resolve, reject) => {
    const s = http2.connect(`http://127.0.0.1:${port}`);
    s.once('connect', () => resolve(s));
    s.once('error', reject);
  });
}

function big(session) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const req = session.request({ ':path': '/big' });
    let n = 0;
    req.on('data', (d) => { n += d.length; });
    req.on('end', () => resolve(n / (1 << 20) / (Number(process.hrtime.bigint() - start) / 1e9)));
    req.on('error', reject);
  });
}

function upload(session) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const req = session.request({ ':path': '/up', ':method': 'POST' });
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', () => {
      if (Number(body) !== BIG << 20) reject(new Error('uploaded ' + body));
      resolve(BIG / (Number(process.hrtime.bigint() - start) / 1e9));
    });
    req.on('error', reject);
    let left = BIG * 16;
    const pump = () => {
      while (left > 0) {
        left--;
        if (!req.write(chunk)) { req.once('drain', pump); return; }
      }
      req.end();
    };
    pump();
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  try {
    const sessions = [];
    for (let i = 0; i < S; i++) sessions.push(await connect(port));
    const get = { headers: { ':path': '/' } };
    await run([sessions[0]], 500, C, get); // warm-up
    const out = {};
    // phase runs fn, which resolves with its figure, and records the figure
    // and the CPU time it took per unit.
    const phase = async (name, units, scale, fn) => {
      const cpu = process.cpuUsage();
      out[name] = Math.round(await fn());
      const d = process.cpuUsage(cpu);
      out[name + '_cpu'] = Math.round((d.user + d.system) / units / scale);
    };
    await phase('rt_per_s', N, 1, async () => N / await run([sessions[0]], N, C, get));
    await phase('sessions_rt_per_s', N, 1, async () => N / await run(sessions, N, C, get));
    const post = { headers: { ':path': '/p', ':method': 'POST' }, body: small };
    await phase('post_rt_per_s', N / 2, 1, async () => (N / 2) / await run([sessions[0]], N / 2, C, post));
    await phase('big_mib_s', BIG, 1, () => big(sessions[0]));
    await phase('upload_mib_s', BIG, 1, () => upload(sessions[0]));
    for (const s of sessions) s.close();
    server.close();
    console.log(JSON.stringify(out));
  } catch (e) {
    console.log(JSON.stringify({ error: String(e && e.message) }));
    process.exit(1);
  }
});
