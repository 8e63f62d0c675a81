'use strict';
// Node's dns module. lookup and lookupService ask the system (the hosts
// file, then DNS) through Go's resolver, as node asks getaddrinfo;
// resolve* and reverse send DNS queries to the resolver's servers, as
// node's c-ares does.
const errors = require('internal/errors');
const native = internalBinding('net');
const isIP = (s) => native.isIP(String(s));

const validFamilies = [0, 4, 6];
const validOrders = ['verbatim', 'ipv4first', 'ipv6first'];
let defaultOrder = 'verbatim';

function oneOf(value, name, allowed) {
  if (!allowed.includes(value)) {
    const shown = allowed.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
    throw errors.invalidArgValue(name, value, `must be one of: ${shown}`);
  }
}

// dnsError is node's dnsException for getaddrinfo.
function dnsError(code, syscall, hostname, errno) {
  const e = new Error(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
  e.errno = errno;
  e.code = code;
  e.syscall = syscall;
  if (hostname) e.hostname = hostname;
  return e;
}

function eaiCode(errno) {
  switch (errno) {
    case -3008: return 'ENOTFOUND';
    case -3001: return 'EAI_AGAIN';
    case -3003: return 'EAI_CANCELED';
    case -3010: return 'EAI_SERVICE';
    default: return 'EAI_FAIL';
  }
}

// lookupArgs checks lookup's arguments as node does and returns
// {family, all, order, hints}.
function lookupArgs(hostname, options, callback, arity) {
  let family = 0;
  let all = false;
  let order = defaultOrder;
  let hints = 0;
  if (hostname) errors.validateString(hostname, 'hostname');
  if (typeof options === 'function') {
    callback = options;
  } else if (typeof options === 'number') {
    errors.validateFunction(callback, 'callback');
    oneOf(options, 'family', validFamilies);
    family = options;
  } else if (options !== undefined && typeof options !== 'object') {
    errors.validateFunction(arity === 2 ? options : callback, 'callback');
    throw errors.invalidArgType('options', ['integer', 'object'], options);
  } else {
    errors.validateFunction(callback, 'callback');
    if (options != null) {
      if (options.hints != null) {
        errors.validateNumber(options.hints, 'options.hints');
        hints = options.hints >>> 0;
        if ((hints & ~(ADDRCONFIG | ALL | V4MAPPED)) !== 0) {
          throw errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
            `The argument 'hints' is invalid. Received ${hints}`);
        }
      }
      if (options.family != null) {
        if (options.family === 'IPv4') family = 4;
        else if (options.family === 'IPv6') family = 6;
        else {
          oneOf(options.family, 'options.family', validFamilies);
          family = options.family;
        }
      }
      if (options.all != null) {
        errors.validateBoolean(options.all, 'options.all');
        all = options.all;
      }
      if (options.verbatim != null) {
        errors.validateBoolean(options.verbatim, 'options.verbatim');
        order = options.verbatim ? 'verbatim' : 'ipv4first';
      }
      if (options.order != null) {
        oneOf(options.order, 'options.order', validOrders);
        order = options.order;
      }
    }
  }
  return { family, all, order, hints, callback };
}

let warnedEmpty = false;
function warnEmpty(hostname) {
  if (warnedEmpty) return;
  warnedEmpty = true;
  process.emitWarning(`The provided hostname "${String(hostname)}" is not a valid ` +
    'hostname, and is supported in the dns module solely for compatibility.',
  'DeprecationWarning', 'DEP0118');
}

// lookup resolves hostname to one address, or all of them, as
// getaddrinfo does.
function lookup(hostname, options, callback) {
  const a = lookupArgs(hostname, options, callback, arguments.length);
  callback = a.callback;
  if (!hostname) {
    warnEmpty(hostname);
    if (a.all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, a.family === 6 ? 6 : 4);
    return {};
  }
  const matched = isIP(hostname);
  if (matched) {
    if (a.all) process.nextTick(callback, null, [{ address: hostname, family: matched }]);
    else process.nextTick(callback, null, hostname, matched);
    return {};
  }
  native.lookup(hostname, a.family, a.hints, a.order, (errno, flat) => {
    if (errno !== 0) {
      callback(dnsError(eaiCode(errno), 'getaddrinfo', hostname, errno));
      return;
    }
    if (a.all) {
      const out = [];
      for (let i = 0; i < flat.length; i += 2) out.push({ address: flat[i], family: flat[i + 1] });
      callback(null, out);
    } else {
      callback(null, flat[0], flat[1]);
    }
  });
  return {};
}

Object.defineProperty(lookup, require('util').promisify.custom, {
  value: (hostname, options) => promises.lookup(hostname, options),
  enumerable: false,
  configurable: true,
});

function lookupService(address, port, callback) {
  if (arguments.length !== 3) {
    throw errors.makeNodeError(TypeError, 'ERR_MISSING_ARGS', 'The "address", "port", and "callback" arguments must be specified');
  }
  if (isIP(address) === 0) throw errors.invalidArgValue('address', address);
  if ((typeof port !== 'number' && typeof port !== 'string') || (typeof port === 'string' && port.trim() === '') ||
      +port !== (+port >>> 0) || +port > 0xFFFF) {
    throw errors.makeNodeError(RangeError, 'ERR_SOCKET_BAD_PORT',
      `Port should be >= 0 and < 65536.${errors.describeReceived(port)}.`);
  }
  errors.validateFunction(callback, 'callback');
  native.lookupService(address, +port, (errno, host, service) => {
    if (errno !== 0) callback(dnsError(eaiCode(errno), 'getnameinfo', address, errno));
    else callback(null, host, service);
  });
  return {};
}

// ---- the resolver ----------------------------------------------------------

const rrSyscalls = {
  A: 'queryA', AAAA: 'queryAaaa', ANY: 'queryAny', CAA: 'queryCaa', CNAME: 'queryCname', MX: 'queryMx',
  NAPTR: 'queryNaptr', NS: 'queryNs', PTR: 'queryPtr', SOA: 'querySoa', SRV: 'querySrv', TXT: 'queryTxt',
};
const rrMethods = {
  resolveAny: 'ANY', resolve4: 'A', resolve6: 'AAAA', resolveCaa: 'CAA', resolveCname: 'CNAME',
  resolveMx: 'MX', resolveNs: 'NS', resolveTxt: 'TXT', resolveSrv: 'SRV', resolvePtr: 'PTR',
  resolveNaptr: 'NAPTR', resolveSoa: 'SOA',
};

// parseServer turns "1.2.3.4", "1.2.3.4:53", "::1" or "[::1]:53" into
// [address, port].
function parseServer(s) {
  let m;
  if (isIP(s)) return [s, 53];
  if ((m = /^\[([^\]]+)\](?::(\d+))?$/.exec(s)) !== null && isIP(m[1]) === 6) return [m[1], m[2] ? +m[2] : 53];
  if ((m = /^([^:]+):(\d+)$/.exec(s)) !== null && isIP(m[1]) === 4) return [m[1], +m[2]];
  throw errors.makeNodeError(TypeError, 'ERR_INVALID_IP_ADDRESS', `Invalid IP address: ${s}`);
}

let defaultServers = null;
function systemServers() {
  if (defaultServers === null) defaultServers = native.systemServers().map((a) => [a, 53]);
  return defaultServers;
}

// ResolverBase holds a resolver's servers and settings, as node's does;
// Resolver sends queries and the promise resolver wraps it.
class ResolverBase {
  constructor(options = undefined) {
    let timeout = -1;
    let tries = 4;
    if (options !== undefined) {
      errors.validateObject(options, 'options');
      if (options.timeout !== undefined) {
        errors.validateInteger(options.timeout, 'options.timeout', -1, 2 ** 31 - 1);
        timeout = options.timeout;
      }
      if (options.tries !== undefined) {
        errors.validateInteger(options.tries, 'options.tries', 1, 2 ** 31 - 1);
        tries = options.tries;
      }
    }
    this._timeout = timeout;
    this._tries = tries;
    this._servers = null;
    this._pending = new Set();
  }

  getServers() {
    return (this._servers || systemServers()).map(([a, p]) => {
      if (p === 53) return a;
      return isIP(a) === 6 ? `[${a}]:${p}` : `${a}:${p}`;
    });
  }

  setServers(servers) {
    if (!Array.isArray(servers)) throw errors.invalidArgType('servers', 'Array', servers);
    const parsed = servers.map((s, i) => {
      errors.validateString(s, `servers[${i}]`);
      return parseServer(s);
    });
    this._servers = parsed;
  }

  setLocalAddress(ipv4, ipv6) {
    errors.validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) errors.validateString(ipv6, 'ipv6');
  }

  // cancel ends every pending query with ECANCELLED, in the order they
  // were made, as c-ares does.
  cancel() {
    const pending = [...this._pending];
    this._pending.clear();
    for (const q of pending) {
      q.stop();
      q.settle('ECANCELLED');
    }
  }
}

// sendQuery asks the resolver's servers; the callback runs once, with the
// answer or the query's error.
function sendQuery(resolver, name, rrtype, ttl, callback, syscall = rrSyscalls[rrtype], shown = name) {
  const servers = (resolver._servers || systemServers()).map(([a, p]) => (isIP(a) === 6 ? `[${a}]:${p}` : `${a}:${p}`));
  const q = {
    done: false,
    stop: null,
    settle(code, records) {
      if (q.done) return;
      q.done = true;
      resolver._pending.delete(q);
      if (code !== '') callback(dnsError(code, syscall, shown, undefined));
      else callback(null, records);
    },
  };
  q.stop = native.query(servers, name, rrtype, ttl, resolver._timeout, resolver._tries, q.settle);
  resolver._pending.add(q);
}

class Resolver extends ResolverBase {
  resolve(hostname, rrtype, callback) {
    if (typeof rrtype === 'function') {
      callback = rrtype;
      rrtype = 'A';
    } else if (typeof rrtype === 'string') {
      if (!Object.hasOwn(rrSyscalls, rrtype)) throw errors.invalidArgValue('rrtype', rrtype);
    } else {
      throw errors.invalidArgType('rrtype', 'string', rrtype);
    }
    return this[methodFor(rrtype)](hostname, callback);
  }

  reverse(ip, callback) {
    errors.validateString(ip, 'name');
    errors.validateFunction(callback, 'callback');
    const name = reverseName(ip);
    if (name === null) throw dnsError('EINVAL', 'getHostByAddr', ip, undefined);
    sendQuery(this, name, 'PTR', false, callback, 'getHostByAddr', ip);
    return {};
  }
}

function methodFor(rrtype) {
  for (const [m, t] of Object.entries(rrMethods)) if (t === rrtype) return m;
  return undefined;
}

for (const [method, rrtype] of Object.entries(rrMethods)) {
  Object.defineProperty(Resolver.prototype, method, {
    value: {
      [method](name, options, callback) {
        errors.validateString(name, 'name');
        if (typeof options === 'function') {
          callback = options;
          options = undefined;
        }
        errors.validateFunction(callback, 'callback');
        sendQuery(this, name, rrtype, !!(options && options.ttl), callback);
        return {};
      },
    }[method],
    writable: true,
    configurable: true,
  });
}

// reverseName is the PTR name of an address: in-addr.arpa or ip6.arpa.
function reverseName(ip) {
  const v = isIP(ip);
  if (v === 4) return ip.split('.').reverse().join('.') + '.in-addr.arpa';
  if (v !== 6) return null;
  const hex = native.expandIPv6(ip);
  return hex.split('').reverse().join('.') + '.ip6.arpa';
}

const defaultResolver = new Resolver();

function getServers() { return defaultResolver.getServers(); }
function setServers(servers) { defaultResolver.setServers(servers); }

function setDefaultResultOrder(order) {
  oneOf(order, 'dnsOrder', validOrders);
  defaultOrder = order;
}
function getDefaultResultOrder() { return defaultOrder; }

const ADDRCONFIG = 32;
const ALL = 16;
const V4MAPPED = 8;
const codes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND', NOTIMP: 'ENOTIMP',
  REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME', BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP',
  CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT', EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR', BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED', LOADIPHLPAPI: 'ELOADIPHLPAPI', ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS',
  CANCELLED: 'ECANCELLED',
};

// ---- promises ---------------------------------------------------------------

class PromiseResolver extends Resolver {}
for (const method of [...Object.keys(rrMethods), 'reverse']) {
  const cbForm = Resolver.prototype[method];
  Object.defineProperty(PromiseResolver.prototype, method, {
    value: {
      [method](name, options) {
        return new Promise((resolve, reject) => {
          const cb = (err, res) => (err ? reject(err) : resolve(res));
          if (method === 'reverse') cbForm.call(this, name, cb);
          else cbForm.call(this, name, options || {}, cb);
        });
      },
    }[method],
    writable: true,
    configurable: true,
  });
}
PromiseResolver.prototype.resolve = function resolve(hostname, rrtype = 'A') {
  if (typeof rrtype !== 'string') throw errors.invalidArgType('rrtype', 'string', rrtype);
  if (!Object.hasOwn(rrSyscalls, rrtype)) throw errors.invalidArgValue('rrtype', rrtype);
  return this[methodFor(rrtype)](hostname);
};

const defaultPromiseResolver = new PromiseResolver();
defaultPromiseResolver._servers = null;

const promises = {
  lookup(hostname, options) {
    const a = lookupArgs(hostname, options, () => {}, 2);
    return new Promise((resolve, reject) => {
      lookup(hostname, { family: a.family, all: a.all, order: a.order, hints: a.hints }, (err, address, family) => {
        if (err) reject(err);
        else if (a.all) resolve(address);
        else resolve({ address, family });
      });
    });
  },
  lookupService(address, port) {
    return new Promise((resolve, reject) => {
      lookupService(address, port, (err, hostname, service) => (err ? reject(err) : resolve({ hostname, service })));
    });
  },
  Resolver: PromiseResolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers(servers) { defaultPromiseResolver.setServers(servers); defaultResolver.setServers(servers); },
  getServers() { return defaultPromiseResolver.getServers(); },
  ...codes,
};
for (const method of [...Object.keys(rrMethods), 'reverse', 'resolve']) {
  promises[method] = (...args) => defaultPromiseResolver[method](...args);
}

const dns = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers(servers) { defaultResolver.setServers(servers); defaultPromiseResolver.setServers(servers); },
  ADDRCONFIG,
  ALL,
  V4MAPPED,
  ...codes,
  getServers,
};
for (const method of [...Object.keys(rrMethods), 'reverse', 'resolve']) {
  dns[method] = defaultResolver[method].bind(defaultResolver);
}
dns.promises = promises;
module.exports = dns;
