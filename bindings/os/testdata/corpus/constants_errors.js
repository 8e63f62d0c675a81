// env: TMPDIR=/some/tmp/
const os = require('os');
const c = os.constants;
console.log(Object.keys(c), Object.getPrototypeOf(c), Object.isFrozen(c));
console.log(c.signals.SIGTERM, c.signals.SIGKILL, c.signals.SIGINT, c.signals.SIGHUP, c.signals.SIGUSR1, c.signals.SIGCHLD, Object.keys(c.signals).length);
console.log(JSON.stringify(c.signals));
console.log(JSON.stringify(c.errno));
console.log(c.priority, c.dlopen, c.UV_UDP_REUSEADDR);
console.log(os.tmpdir());
try { os.getPriority('x'); } catch (e) { console.log(e.name, e.code, e.message); }
try { os.getPriority(1.5); } catch (e) { console.log(e.name, e.code, e.message); }
try { os.setPriority(0, 100); } catch (e) { console.log(e.name, e.code, e.message); }
try { os.setPriority('a', 1); } catch (e) { console.log(e.name, e.code, e.message); }
try { os.getPriority(2 ** 30); } catch (e) { console.log(e.name, e.code, e.message, e.info, e.errno, e.syscall); }
try { os.setPriority(2 ** 30, 0); } catch (e) { console.log(e.code, e.message); }
const before = os.getPriority();
os.setPriority(Math.min(19, before + 1));
console.log('lowered', os.getPriority() === Math.min(19, before + 1));
