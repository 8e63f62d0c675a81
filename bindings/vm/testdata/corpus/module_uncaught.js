// flags: --experimental-vm-modules
// stderr: report
// An error a module throws, uncaught: node's report shows the module's
// line.
const { SourceTextModule } = require('vm');

// The ExperimentalWarning names the process id: not printed.
process.removeAllListeners('warning');

(async () => {
  const m = new SourceTextModule('const x = 1;\n\n  throw new TypeError("bad " + x);', { identifier: 'file:///virtual/mod.mjs' });
  await m.link(() => {});
  console.log('evaluating');
  await m.evaluate();
})();
