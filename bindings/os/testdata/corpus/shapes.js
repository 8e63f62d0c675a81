// Shapes and types of os values; machine-specific values are not printed.
const os = require('os');
const shape = (v) => (Array.isArray(v) ? `array(${v.length ? shape(v[0]) : ''})` : v === null ? 'null' : typeof v === 'object' ? `{${Object.keys(v).map((k) => `${k}:${shape(v[k])}`).join(',')}}` : typeof v);
console.log(Object.keys(os).sort().join(','));
console.log('cpus', shape(os.cpus()), os.cpus().length === os.availableParallelism() || os.cpus().length > 0);
console.log('userInfo', shape(os.userInfo()), Object.getPrototypeOf(os.userInfo()), Buffer.isBuffer(os.userInfo({ encoding: 'buffer' }).username));
console.log('userInfo matches env', os.userInfo().homedir === os.homedir() || !process.env.HOME);
const nis = os.networkInterfaces();
const all = Object.values(nis).flat();
console.log('interfaces', typeof nis, all.every((a) => ['IPv4', 'IPv6'].includes(a.family) && typeof a.internal === 'boolean' && /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(a.mac) && a.cidr.startsWith(a.address + '/')));
console.log('ipv6 scopeid', all.filter((a) => a.family === 'IPv6').every((a) => typeof a.scopeid === 'number'), all.filter((a) => a.family === 'IPv4').every((a) => !('scopeid' in a)));
console.log('loopback', all.some((a) => a.internal && a.address === '127.0.0.1' && a.netmask === '255.0.0.0' && a.cidr === '127.0.0.1/8'));
console.log('loadavg', shape(os.loadavg()), os.loadavg().length, os.loadavg().every((n) => n >= 0));
console.log('numbers', typeof os.uptime(), os.uptime() > 0, os.totalmem() > os.freemem(), os.freemem() > 0, Number.isInteger(os.totalmem()));
console.log('strings', [os.type(), os.release(), os.version(), os.machine(), os.hostname(), os.homedir(), os.arch(), os.platform()].map((s) => typeof s + (s.length > 0)).join(' '));
console.log('fixed', os.type() === 'Linux', os.platform() === process.platform, os.arch() === process.arch, os.endianness(), JSON.stringify(os.EOL), os.devNull);
console.log('to primitive', `${os.platform}` === os.platform(), `${os.homedir}` === os.homedir());
console.log('priority', os.getPriority(), os.getPriority(0) === os.getPriority(process.pid), typeof os.availableParallelism());
