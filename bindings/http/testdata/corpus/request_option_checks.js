// http.request's checks of its options, thrown at once as node's: a
// hostname or host that is not a string, a path with characters node
// refuses unescaped, a Host header that is not a string.
const http = require('http');

function attempt(label, options) {
  try {
    const req = http.request(options);
    req.on('error', () => {});
    req.destroy();
    console.log(label, 'ok');
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

for (const v of [{}, [], NaN, 1, true, new Date(0)]) {
  attempt('hostname', { hostname: v });
  attempt('host', { host: v });
}
attempt('path space', { path: '/a b' });
attempt('path tab', { path: '/a\tb' });
attempt('path beyond latin1', { path: '/\uffe2' });
attempt('path latin1', { host: '127.0.0.1', port: 1, path: '/\u00e9' });
attempt('path number', { host: '127.0.0.1', port: 1, path: 5 });
attempt('host header array', { host: '127.0.0.1', port: 1, headers: { host: [] } });
attempt('host header number', { host: '127.0.0.1', port: 1, headers: { host: 5 } });
attempt('host header string', { host: '127.0.0.1', port: 1, headers: { host: 'example.com:1' } });
