// maxTotalSockets caps an Agent's sockets in use across names: requests
// past it wait (in agent.requests, under their own name) and get a socket
// as others leave use, whichever name they are for.
const http = require('http');

function serve() {
  let active = 0;
  let peak = 0;
  const server = http.createServer((req, res) => {
    active++;
    peak = Math.max(peak, active);
    setTimeout(() => {
      active--;
      res.end(req.url);
    }, 20);
  });
  server.peak = () => peak;
  return server;
}

const a = serve();
const b = serve();
const counts = (o) => Object.values(o).map((l) => l.length);

function run(options) {
  const agent = new http.Agent(options);
  return new Promise((resolve) => {
    let left = 8;
    let peak = 0;
    const done = [];
    for (const server of [a, b]) {
      for (let i = 0; i < 4; i++) {
        const req = http.get({ host: '127.0.0.1', port: server.address().port, path: `/${server === a ? 'a' : 'b'}${i}`, agent }, (res) => {
          peak = Math.max(peak, counts(agent.sockets).reduce((x, y) => x + y, 0));
          res.resume();
          res.on('end', () => {
            done.push(res.req.path);
            if (--left === 0) {
              console.log(JSON.stringify(options), 'peak in use', peak, 'all done', done.length,
                'left', counts(agent.requests));
              agent.destroy();
              resolve();
            }
          });
        });
        req.on('error', (e) => console.log('error', e.code));
      }
    }
    console.log('queued', counts(agent.requests), 'in use', counts(agent.sockets), agent.totalSocketCount);
  });
}

a.listen(0, '127.0.0.1', () => b.listen(0, '127.0.0.1', async () => {
  await run({ maxTotalSockets: 2 });
  await run({ maxTotalSockets: 3, maxSockets: 1 });
  await run({ maxTotalSockets: 2, keepAlive: true });
  console.log('server peaks', a.peak(), b.peak());
  a.close();
  b.close();
}));
