'use strict';
// http.Server and http.Agent (and https's) may be called as functions, as
// node's can: the call makes an instance, and the functions stand for the
// classes (instanceof, extends, an instance's constructor).
const http = require('http');
const https = require('https');

const s = http.Server(() => {});
console.log('server', s instanceof http.Server, s.constructor === http.Server, http.Server.name, typeof http.Server);
const a = http.Agent({ keepAlive: true });
console.log('agent', a instanceof http.Agent, a.keepAlive, a.constructor === http.Agent, http.Agent.name, http.Agent.length);
console.log('https', https.Server() instanceof https.Server, https.Agent() instanceof http.Agent, https.Agent().defaultPort);
class MyServer extends http.Server {}
const m = new MyServer();
console.log('subclass', m instanceof MyServer, m instanceof http.Server, m.constructor === MyServer);
console.log('createServer', http.createServer() instanceof http.Server);

const server = http.Server((req, res) => res.end('called without new'));
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1', agent: http.Agent() }, (res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      console.log('response', res.statusCode, body);
      server.close();
    });
  });
});
