'use strict';
// node:https: http over crypto/tls. Clients verify against the system's
// roots and NODE_EXTRA_CA_CERTS, or the ca given; the server is
// internal/https_server's.
const http = require('http');
const agents = require('internal/http_agent');
const { ClientRequest } = require('internal/http_client');

class Agent extends agents.Agent {
  constructor(options) {
    super(options);
    this.defaultPort = 443;
    this.protocol = 'https:';
    // As node's: the last TLS session of each connection name, for the
    // next connection to resume, at most maxCachedSessions names.
    this.maxCachedSessions = this.options.maxCachedSessions;
    if (this.maxCachedSessions === undefined) this.maxCachedSessions = 100;
    this._sessionCache = { map: {}, list: [] };
  }
  // getName is node's: the TLS options that make a connection differ,
  // in its order, each after a colon.
  getName(options = {}) {
    let name = super.getName(options);
    const add = (v) => { name += ':' + (v === undefined ? '' : v); };
    const given = (k) => (options[k] ? options[k] : undefined);
    const defined = (k) => (options[k] !== undefined ? options[k] : undefined);
    for (const k of ['ca', 'cert', 'clientCertEngine', 'ciphers', 'key', 'pfx']) add(given(k));
    add(defined('rejectUnauthorized'));
    add(options.servername && options.servername !== options.host ? options.servername : undefined);
    for (const k of ['minVersion', 'maxVersion', 'secureProtocol', 'crl']) add(given(k));
    add(defined('honorCipherOrder'));
    for (const k of ['ecdhCurve', 'dhparam']) add(given(k));
    add(defined('secureOptions'));
    add(given('sessionIdContext'));
    add(options.sigalgs ? JSON.stringify(options.sigalgs) : undefined);
    for (const k of ['privateKeyIdentifier', 'privateKeyEngine']) add(given(k));
    return name;
  }

  createSocket(req, options, cb) {
    const key = this.getName(options);
    const session = options.session || this._getSession(key);
    super.createSocket(req, { ...options, _tls: true, session }, (err, socket) => {
      if (socket) {
        socket.on('session', (s) => this._cacheSession(key, s));
        // A connection that failed may have failed for its session.
        socket.once('close', (hadError) => {
          if (hadError || socket.errored) this._evictSession(key);
        });
      }
      cb(err, socket);
    });
  }

  _getSession(key) {
    return this._sessionCache.map[key];
  }

  _cacheSession(key, session) {
    if (this.maxCachedSessions === 0) return;
    const cache = this._sessionCache;
    if (cache.map[key]) {
      cache.map[key] = session;
      return;
    }
    if (cache.list.length >= this.maxCachedSessions) delete cache.map[cache.list.shift()];
    cache.list.push(key);
    cache.map[key] = session;
  }

  _evictSession(key) {
    const cache = this._sessionCache;
    const i = cache.list.indexOf(key);
    if (i === -1) return;
    cache.list.splice(i, 1);
    delete cache.map[key];
  }
}

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

const { Server, createServer } = require('internal/https_server');

function request(...args) {
  let options = {};
  if (typeof args[0] === 'string' || args[0] instanceof URL) {
    const u = typeof args[0] === 'string' ? new URL(args[0]) : args[0];
    options = { ...require('internal/http_client').urlToOptions(u) };
    args.shift();
  }
  if (args[0] && typeof args[0] === 'object') options = { ...options, ...args.shift() };
  options._defaultAgent = module.exports.globalAgent;
  if (options.agent === undefined) options.agent = module.exports.globalAgent;
  return new ClientRequest(options, args[0]);
}

function get(...args) {
  const req = request(...args);
  req.end();
  return req;
}

const { callableClass } = require('internal/http_common');

module.exports = { Agent: callableClass(Agent), globalAgent, Server, createServer, get, request };
