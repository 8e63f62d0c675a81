'use strict';
// node:https: http over crypto/tls. Clients verify against the system's
// roots and NODE_EXTRA_CA_CERTS, or the ca given.
const http = require('http');
const agents = require('internal/http_agent');
const { ClientRequest } = require('internal/http_client');
const { Server: HttpServer } = require('internal/http_server');

class Agent extends agents.Agent {
  constructor(options) {
    super(options);
    this.defaultPort = 443;
    this.protocol = 'https:';
  }
  getName(options = {}) {
    let name = super.getName(options);
    for (const k of ['ca', 'cert', 'key', 'servername']) {
      name += ':';
      if (options[k]) name += typeof options[k] === 'string' ? options[k].length + options[k].slice(-32) : 'x';
    }
    name += ':' + (options.rejectUnauthorized === false ? 'false' : '');
    return name;
  }
  createSocket(req, options, cb) {
    super.createSocket(req, { ...options, _tls: true }, cb);
  }
}

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

class Server extends HttpServer {
  constructor(opts, requestListener) {
    if (typeof opts === 'function') { requestListener = opts; opts = {}; }
    super(opts || {}, requestListener);
    this._tls = { key: opts && opts.key, cert: opts && opts.cert, ca: opts && opts.ca };
  }
}

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

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

module.exports = { Agent: callableClass(Agent), globalAgent, Server: callableClass(Server), createServer, get, request };
