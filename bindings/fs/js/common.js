'use strict';
// Helpers every fs module shares: callbacks, path-or-fd arguments, data and
// result encodings.
const { Buffer } = require('buffer');
const { invalidArgType } = require('internal/errors');
const { toPath, isFd, validateFd } = require('internal/fs/utils');

function makeCallback(cb) {
  if (typeof cb !== 'function') throw invalidArgType('cb', 'function', cb);
  return cb;
}

function maybeCallback(cb) {
  return makeCallback(cb);
}

// req returns the native callback for an async call: it maps the result
// with map and hands (err, value) to the user's callback.
function req(cb, map) {
  return (err, value) => {
    if (err) return cb(err);
    cb(null, map ? map(value) : value);
  };
}

function encodeResult(s, encoding) {
  if (encoding === 'buffer') return Buffer.from(s);
  if (encoding && encoding !== 'utf8' && encoding !== 'utf-8') return Buffer.from(s).toString(encoding);
  return s;
}

function fileArg(p, name = 'path') {
  if (isFd(p)) return validateFd(p, 'fd');
  return toPath(p, name);
}

function dataBytes(data, encoding, name = 'data') {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (ArrayBuffer.isView(data)) return data;
  throw invalidArgType(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function decode(buf, encoding) {
  if (encoding && encoding !== 'buffer') return buf.toString(encoding);
  return buf;
}

module.exports = { makeCallback, maybeCallback, req, encodeResult, fileArg, dataBytes, decode };
