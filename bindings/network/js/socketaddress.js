'use strict';
// net.BlockList and net.SocketAddress: address rules and socket address
// values, as node gives them.
const errors = require('internal/errors');
const native = internalBinding('net');

function checkFamily(family, name) {
  errors.validateString(family, name);
  const f = family.toLowerCase();
  if (f !== 'ipv4' && f !== 'ipv6') throw errors.invalidArgValue(name, family);
  return f;
}

// toBig turns an address of the family into a number to compare, or null
// when it is not one. An IPv4-mapped IPv6 address counts as IPv4.
function toBig(address, family) {
  const v = native.isIP(address);
  if (family === 'ipv4') {
    if (v === 4) return BigInt(address.split('.').reduce((n, p) => n * 256 + Number(p), 0));
    if (v === 6) {
      const hex = native.expandIPv6(address);
      if (hex.startsWith('00000000000000000000ffff')) return BigInt('0x' + hex.slice(24));
    }
    return null;
  }
  if (v === 6) return BigInt('0x' + native.expandIPv6(address));
  if (v === 4) return (0xffffn << 32n) | toBig(address, 'ipv4');
  return null;
}

const kRules = Symbol('rules');

function label(sa) { return sa.family === 'ipv4' ? 'IPv4' : 'IPv6'; }

class BlockList {
  constructor() {
    this[kRules] = [];
  }

  addAddress(address, family = 'ipv4') {
    if (!(address instanceof SocketAddress)) {
      errors.validateString(address, 'address');
      address = new SocketAddress({ address, family });
    }
    const n = toBig(address.address, address.family);
    this[kRules].unshift({ text: `Address: ${label(address)} ${address.address}`, family: address.family, lo: n, hi: n });
  }

  addRange(start, end, family = 'ipv4') {
    if (!(start instanceof SocketAddress)) {
      errors.validateString(start, 'start');
      start = new SocketAddress({ address: start, family });
    }
    if (!(end instanceof SocketAddress)) {
      errors.validateString(end, 'end');
      end = new SocketAddress({ address: end, family });
    }
    const lo = toBig(start.address, start.family);
    const hi = toBig(end.address, start.family);
    if (hi === null) throw errors.invalidArgValue('end', end);
    if (lo > hi) throw errors.invalidArgValue('start', start, 'must come before end');
    this[kRules].unshift({ text: `Range: ${label(start)} ${start.address}-${end.address}`, family: start.family, lo, hi });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    if (!(network instanceof SocketAddress)) {
      errors.validateString(network, 'network');
      network = new SocketAddress({ address: network, family });
    }
    const bits = network.family === 'ipv4' ? 32 : 128;
    errors.validateInteger(prefix, 'prefix', 0, bits);
    const n = toBig(network.address, network.family);
    const span = (1n << BigInt(bits - prefix)) - 1n;
    const lo = n & ~span;
    this[kRules].unshift({ text: `Subnet: ${label(network)} ${network.address}/${prefix}`, family: network.family, lo, hi: lo | span });
  }

  check(address, family = 'ipv4') {
    if (address instanceof SocketAddress) {
      family = address.family;
      address = address.address;
    } else {
      errors.validateString(address, 'address');
      try {
        ({ family } = new SocketAddress({ address, family }));
      } catch {
        return false;
      }
    }
    for (const rule of this[kRules]) {
      const n = toBig(address, rule.family);
      if (n !== null && n >= rule.lo && n <= rule.hi) return true;
    }
    return false;
  }

  get rules() {
    return this[kRules].map((r) => r.text);
  }
}

class SocketAddress {
  constructor(options = {}) {
    errors.validateObject(options, 'options');
    let { family = 'ipv4' } = options;
    family = checkFamily(family, 'options.family');
    const { address = family === 'ipv4' ? '127.0.0.1' : '::', port = 0, flowlabel = 0 } = options;
    errors.validateString(address, 'options.address');
    if (typeof port !== 'number' || !Number.isInteger(port) || port < 0 || port > 65535) {
      throw errors.makeNodeError(RangeError, 'ERR_SOCKET_BAD_PORT',
        `options.port should be >= 0 and < 65536.${errors.describeReceived(port)}.`);
    }
    errors.validateInteger(flowlabel, 'options.flowlabel', 0, 2 ** 20 - 1);
    if (native.isIP(address) !== (family === 'ipv4' ? 4 : 6)) {
      throw errors.makeNodeError(Error, 'ERR_INVALID_ADDRESS', 'Invalid socket address');
    }
    Object.defineProperty(this, kRules, { value: { address, port, family, flowlabel } });
  }

  static isSocketAddress(value) {
    return value instanceof SocketAddress;
  }

  get address() { return this[kRules].address; }
  get port() { return this[kRules].port; }
  get family() { return this[kRules].family; }
  get flowlabel() { return this[kRules].flowlabel; }

  toJSON() {
    const { address, port, family, flowlabel } = this[kRules];
    return { address, port, family, flowlabel };
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    return `SocketAddress ${inspect(this.toJSON(), options)}`;
  }
}

module.exports = { BlockList, SocketAddress };
