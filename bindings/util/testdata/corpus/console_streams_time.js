// console.error/warn/trace/assert go to stderr (not compared); timers print
// a duration, so only the shape is checked through a custom stream.
const { Console } = require('console');
const { Writable } = require('stream');
const out = [];
const err = [];
const sink = (arr) => new Writable({ write(c, e, cb) { arr.push(c.toString()); cb(); } });
const c = new Console({ stdout: sink(out), stderr: sink(err) });
c.time('job'); c.timeLog('job', 'halfway', [1, 2]); c.timeEnd('job');
c.time(); c.timeEnd();
c.error('to stderr %s', 'E'); c.warn('warned'); c.assert(false, 'bad %d', 7); c.assert(1 === 1, 'fine'); c.assert(false);
c.trace('traced');
c.dir({ deep: { er: { est: { x: 1 } } } }, { depth: 1 }); c.dirxml('xml', 1); c.debug('dbg');
c.group('A'); c.group('B'); c.error('nested err\nline2'); c.groupEnd(); c.groupCollapsed('C'); c.info('in C'); c.groupEnd(); c.groupEnd();
c.count('k'); c.countReset('k'); c.count('k');
setImmediate(() => {
  console.log(out.map((l) => l.replace(/\d+(\.\d+)?(ms|s)\b/, 'N$2')));
  console.log(err.map((l) => (l.startsWith('Trace: traced') ? l.split('\n')[0] : l)));
  console.error('global stderr line');
  console.log(typeof console.log, console.log.name, console.error.name, console instanceof Console, c instanceof Console);
  const bare = Console(sink(out)); bare.log('bare');
  console.log(out[out.length - 1]);
  for (const bad of [undefined, {}, { stdout: {} }, { stdout: process.stdout, stderr: 5 }]) {
    try { new Console(bad); } catch (e) { console.log(e.code, e.message); }
  }
  try { new Console({ stdout: process.stdout, colorMode: 'x' }); } catch (e) { console.log(e.code, e.message); }
  try { console.table([], 'x'); } catch (e) { console.log(e.code, e.message); }
});
