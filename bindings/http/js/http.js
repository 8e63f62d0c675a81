'use strict';
// node:http, Go-backed: see the package documentation of bindings/http.
const common = require('internal/http_common');
const { Agent, globalAgent } = require('internal/http_agent');
const { ClientRequest } = require('internal/http_client');
const { IncomingMessage } = require('internal/http_incoming');
const { OutgoingMessage, ServerResponse } = require('internal/http_outgoing');
const { Server } = require('internal/http_server');

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

function request(url, options, cb) {
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

module.exports = {
  _connectionListener() {},
  METHODS: common.METHODS.slice().sort(),
  STATUS_CODES: common.STATUS_CODES,
  Agent: common.callableClass(Agent),
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server: common.callableClass(Server),
  ServerResponse,
  createServer,
  validateHeaderName: common.validateHeaderName,
  validateHeaderValue: common.validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers(max) {
    if (typeof max !== 'number') throw common.invalidArgType('max', 'number', max);
    if (max < 1 || max !== Math.floor(max)) {
      throw common.makeNodeError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "max" is out of range. It must be >= 1 && <= 4294967295. Received ${max}`);
    }
  },
};

Object.defineProperty(module.exports, 'maxHeaderSize', {
  configurable: true, enumerable: true, get() { return common.maxHeaderSize; },
});
Object.defineProperty(module.exports, 'globalAgent', {
  configurable: true, enumerable: true,
  get() { return require('internal/http_agent').globalAgent; },
  set(v) { require('internal/http_agent').globalAgent = v; },
});
