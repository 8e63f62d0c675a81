'use strict';
// What http's parts share: status texts, methods, and node's header
// validation with its error codes.
const { makeNodeError, invalidArgType, invalidArgValue } = require('internal/errors');

const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content',
  205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
  305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required', 408: 'Request Timeout',
  409: 'Conflict', 410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large',
  414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed',
  418: "I'm a Teapot", 421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked',
  424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required',
  429: 'Too Many Requests', 431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout', 505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates',
  507: 'Insufficient Storage', 508: 'Loop Detected', 509: 'Bandwidth Limit Exceeded', 510: 'Not Extended',
  511: 'Network Authentication Required',
};

const METHODS = [
  'ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK', 'M-SEARCH',
  'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST',
  'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE', 'SUBSCRIBE',
  'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE',
];

// The checks run in Go (internal/http_binding): each is a scan of the
// string, where a regular expression costs goja many times more.
const binding = require('internal/http_binding');
const checkIsHttpToken = binding.isToken;
const checkInvalidHeaderChar = binding.badHeaderChar;

function validateHeaderName(name, label) {
  if (typeof name !== 'string' || !name || !checkIsHttpToken(name)) {
    throw makeNodeError(TypeError, 'ERR_INVALID_HTTP_TOKEN', `${label || 'Header name'} must be a valid HTTP token ["${name}"]`);
  }
}

function validateHeaderValue(name, value) {
  if (value === undefined) {
    throw makeNodeError(TypeError, 'ERR_HTTP_INVALID_HEADER_VALUE', `Invalid value "${value}" for header "${name}"`);
  }
  if (checkInvalidHeaderChar(String(value))) {
    throw makeNodeError(TypeError, 'ERR_INVALID_CHAR', `Invalid character in header content ["${name}"]`);
  }
}

function headersSent(action) {
  return makeNodeError(Error, 'ERR_HTTP_HEADERS_SENT', `Cannot ${action} headers after they are sent to the client`);
}

// connResetException is node's 'socket hang up' and its relatives.
function connResetException(msg) {
  const e = new Error(msg);
  e.code = 'ECONNRESET';
  return e;
}

// callableClass lets a class be called without new, as node's Server and
// Agent functions can (http.Server(listener)): a call makes an instance.
// The function stands for the class everywhere (instanceof, extends,
// statics, an instance's constructor). Called on an instance of a
// subclass made the old way (util.inherits, then Server.call(this)), it
// initializes that instance: the class builds one with the instance's
// prototype and its own properties are moved over.
function callableClass(cls) {
  const callable = function (...args) {
    if (new.target === undefined && this instanceof callable) {
      const built = Reflect.construct(cls, args, this.constructor);
      Object.defineProperties(this, Object.getOwnPropertyDescriptors(built));
      return this;
    }
    return Reflect.construct(cls, args, new.target || callable);
  };
  Object.defineProperty(callable, 'name', { value: cls.name, configurable: true });
  Object.defineProperty(callable, 'length', { value: cls.length, configurable: true });
  Object.defineProperty(callable, 'prototype', { value: cls.prototype, writable: false });
  Object.setPrototypeOf(callable, cls);
  Object.defineProperty(cls.prototype, 'constructor', { value: callable, writable: true, configurable: true, enumerable: false });
  return callable;
}

// kMaxHeaderSize is node's default --max-http-header-size.
const maxHeaderSize = 16384;

module.exports = {
  STATUS_CODES, METHODS, checkIsHttpToken, checkInvalidHeaderChar, validateHeaderName,
  validateHeaderValue, headersSent, connResetException, maxHeaderSize, makeNodeError,
  invalidArgType, invalidArgValue, callableClass,
};
