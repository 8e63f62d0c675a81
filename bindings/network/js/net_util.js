'use strict';
// Helpers the net modules share: address checks, node's socket errors
// and the argument forms of connect() and listen().
const errors = require('internal/errors');
const native = internalBinding('net');

// ---- addresses ------------------------------------------------------------------

function isIP(input) {
  return typeof input === 'string' ? native.isIP(input) : native.isIP(String(input));
}
function isIPv4(input) { return isIP(input) === 4; }
function isIPv6(input) { return isIP(input) === 6; }

// ---- errors ---------------------------------------------------------------------

// connectError is node's exceptionWithHostPort: "connect ECONNREFUSED
// 127.0.0.1:80", with errno, code, syscall, address and port.
function connectError(errno, syscall, address, port) {
  const code = native.errname(errno);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  const e = new Error(`${syscall} ${code}${details}`);
  e.errno = errno;
  e.code = code;
  e.syscall = syscall;
  e.address = address;
  if (port) e.port = port;
  return e;
}

// listenError is node's uvExceptionWithHostPort: "listen EADDRINUSE:
// address already in use :::8080".
function listenError(errno, address, port) {
  const code = native.errname(errno);
  let details = '';
  if (port > 0 || (port === 0 && address)) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  const e = new Error(`listen ${code}: ${native.errmessage(errno)}${details}`);
  e.code = code;
  e.errno = errno;
  e.syscall = 'listen';
  e.address = address;
  if (port !== undefined && port !== null && port !== -1) e.port = port;
  return e;
}

function badPort(port, name = 'Port') {
  return errors.makeNodeError(RangeError, 'ERR_SOCKET_BAD_PORT',
    `${name} should be >= 0 and < 65536.${errors.describeReceived(port)}.`);
}

function isLegalPort(port) {
  if ((typeof port !== 'number' && typeof port !== 'string') || (typeof port === 'string' && port.trim().length === 0)) return false;
  return +port === (+port >>> 0) && port <= 0xFFFF;
}

function validatePort(port, name) {
  if (!isLegalPort(port)) throw badPort(port, name);
  return +port | 0;
}

// ---- argument normalisation ----------------------------------------------------

function toNumber(x) { return (x = Number(x)) >= 0 ? x : false; }
function isPipeName(s) { return typeof s === 'string' && toNumber(s) === false; }

// normalizeArgs turns connect()/listen() arguments into [options, cb].
function normalizeArgs(args) {
  if (args.length === 0) return [{}, null];
  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  return [options, typeof cb === 'function' ? cb : null];
}

module.exports = {
  isIP, isIPv4, isIPv6, connectError, listenError, badPort, isLegalPort, validatePort, isPipeName, normalizeArgs,
};
