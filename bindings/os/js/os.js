'use strict';
// os: Node's os module over the Go binding.
const native = internalBinding('os');
const errors = require('internal/errors');

function nullProto(entries) {
  const o = { __proto__: null };
  for (const [k, v] of entries) o[k] = v;
  return o;
}

const signals = nullProto(native.signals());
const errno = nullProto(native.errnos());
const priority = nullProto([['PRIORITY_LOW', 19], ['PRIORITY_BELOW_NORMAL', 10], ['PRIORITY_NORMAL', 0],
  ['PRIORITY_ABOVE_NORMAL', -7], ['PRIORITY_HIGH', -14], ['PRIORITY_HIGHEST', -20]]);
const dlopen = nullProto([['RTLD_LAZY', 1], ['RTLD_NOW', 2], ['RTLD_GLOBAL', 256], ['RTLD_LOCAL', 0], ['RTLD_DEEPBIND', 8]]);
const constants = nullProto([['UV_UDP_REUSEADDR', 4], ['dlopen', dlopen], ['errno', errno], ['signals', signals], ['priority', priority]]);

// systemError builds Node's ERR_SYSTEM_ERROR from [errno, code, message, syscall].
function systemError(info) {
  const [num, code, message, syscall] = info;
  const ctx = { errno: num, code, message, syscall };
  const e = errors.makeNodeError(Error, 'ERR_SYSTEM_ERROR', `A system error occurred: ${syscall} returned ${code} (${message})`);
  e.name = 'SystemError';
  Object.defineProperty(e, 'info', { value: ctx, enumerable: true, configurable: true, writable: true });
  Object.defineProperty(e, 'errno', { get: () => ctx.errno, set: (v) => { ctx.errno = v; }, enumerable: true, configurable: true });
  Object.defineProperty(e, 'syscall', { get: () => ctx.syscall, set: (v) => { ctx.syscall = v; }, enumerable: true, configurable: true });
  return e;
}

function arch() { return process.arch; }
function platform() { return process.platform; }
function type() { return native.uname()[0]; }
function release() { return native.uname()[1]; }
function version() { return native.uname()[2]; }
function machine() { return native.uname()[3]; }
function hostname() { return native.hostname(); }
function endianness() { return native.littleEndian ? 'LE' : 'BE'; }
function totalmem() { return native.memory()[0]; }
function freemem() { return native.memory()[1]; }
function uptime() { return native.uptime(); }
function loadavg() { return native.loadavg(); }
function availableParallelism() { return native.parallelism(); }
function homedir() { return native.homedir(); }

function tmpdir() {
  const env = process.env;
  let path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

function cpus() {
  return native.cpus().map(([model, speed, user, nice, sys, idle, irq]) => ({
    model, speed, times: { user, nice, sys, idle, irq },
  }));
}

function userInfo(options) {
  if (options !== undefined && options !== null && typeof options !== 'object') options = undefined;
  const [uid, gid, username, home, shell] = native.userInfo();
  const asBuffer = options && options.encoding === 'buffer';
  const enc = (s) => (asBuffer ? Buffer.from(s) : s);
  return { __proto__: null, uid, gid, username: enc(username), homedir: enc(home), shell: shell === '' ? null : enc(shell) };
}

function networkInterfaces() {
  const raw = native.interfaces();
  const out = {};
  for (const name of Object.keys(raw)) {
    out[name] = raw[name].map(([address, netmask, family, mac, internal, cidr, scopeid]) => {
      const e = { address, netmask, family, mac, internal, cidr };
      if (family === 'IPv6') e.scopeid = scopeid;
      return e;
    });
  }
  return out;
}

function getPriority(pid = 0) {
  errors.validateInteger(pid, 'pid');
  const r = native.getPriority(pid);
  if (Array.isArray(r)) throw systemError(r);
  return r;
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  errors.validateInteger(pid, 'pid');
  errors.validateInteger(priority, 'priority', -20, 19);
  const r = native.setPriority(pid, priority);
  if (Array.isArray(r)) throw systemError(r);
}

module.exports = {
  arch, availableParallelism, cpus, endianness, freemem, getPriority, homedir, hostname, loadavg,
  networkInterfaces, platform, release, setPriority, tmpdir, totalmem, type, userInfo, uptime, version, machine,
};
Object.defineProperties(module.exports, {
  constants: { value: constants, enumerable: true, configurable: false, writable: false },
  EOL: { value: '\n', enumerable: true, configurable: true, writable: false },
  devNull: { value: '/dev/null', enumerable: true, configurable: true, writable: false },
});
for (const fn of [arch, platform, type, release, version, machine, hostname, endianness, homedir, tmpdir, uptime]) {
  fn[Symbol.toPrimitive] = () => fn();
}
