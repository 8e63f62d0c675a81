// memoryUsage, cpuUsage, resourceUsage, hrtime: shapes, types and errors.
function t(f) { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } }
const types = (o) => Object.entries(o).map(([k, v]) => k + ':' + typeof v).join(' ');
t(() => types(process.memoryUsage()));
t(() => process.memoryUsage.rss() > 1e6 && Number.isInteger(process.memoryUsage.rss()));
t(() => process.memoryUsage().rss > 1e6);
t(() => types(process.cpuUsage()));
t(() => { const a = process.cpuUsage(); const d = process.cpuUsage(a); return d.user >= 0 && d.system >= 0 && d.user < 1e6; });
t(() => process.cpuUsage({ user: 'a', system: 1 }));
t(() => process.cpuUsage({ user: -1, system: 1 }));
t(() => process.cpuUsage({ user: 1 }));
t(() => process.cpuUsage({ user: 1, system: 2 ** 60 }));
t(() => process.cpuUsage(5));
t(() => process.cpuUsage([]));
t(() => process.cpuUsage(null).user > 0);
t(() => types(process.resourceUsage()));
t(() => process.resourceUsage().maxRSS > 1000);
t(() => typeof process.hrtime.bigint());
t(() => { const a = process.hrtime.bigint(); const b = process.hrtime.bigint(); return b >= a; });
t(() => { const a = process.hrtime(); const d = process.hrtime(a); return d.length === 2 && d[0] === 0 && d[1] >= 0; });
t(() => process.hrtime(5));
t(() => process.hrtime([1]));
t(() => process.hrtime('ab'));
t(() => { const d = process.hrtime([1, 'a']); return Number.isNaN(d[1]); });
t(() => typeof process.uptime() === 'number' && process.uptime() < 60);
t(() => typeof process.constrainedMemory());
t(() => process.availableMemory() > 0);
