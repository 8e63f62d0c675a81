// flags: --experimental-vm-modules
// node's error codes and statuses for misuse and failures.
const vm = require('vm');
const { SourceTextModule, SyntheticModule, Module } = vm;

const show = (label, e) => console.log(label, e.name, e.code, e.message);

(async () => {
  try { new Module(); } catch (e) { show('new Module', e); }
  for (const bad of [0, null, 'str', { identifier: 0 }, { context: {} }, { initializeImportMeta: 1 }, { cachedData: 'x' }]) {
    try { new SourceTextModule('', bad); } catch (e) { show('options', e); }
  }
  try { new SourceTextModule(); } catch (e) { show('no source', e); }
  try { new SourceTextModule('export {'); } catch (e) { console.log('syntax', e.name); }

  const m = new SourceTextModule('');
  try { m.namespace; } catch (e) { show('namespace', e); }
  try { m.error; } catch (e) { show('error', e); }
  await m.evaluate().catch((e) => show('evaluate unlinked', e));
  await m.link(5).catch((e) => show('link(5)', e));
  const p = m.link(() => {});
  await m.link(() => {}).catch((e) => show('link while linking', e));
  await p;
  await m.link(() => {}).catch((e) => show('link again', e));
  await m.evaluate(false).catch((e) => show('evaluate(false)', e));
  await m.evaluate({ breakOnSigint: 'x' }).catch((e) => show('breakOnSigint', e));

  const notModule = new SourceTextModule('import "x";');
  await notModule.link(() => ({})).catch((e) => show('not a module', e));
  console.log(notModule.status, notModule.error.code);

  const other = new SourceTextModule('', { context: vm.createContext({}) });
  const diff = new SourceTextModule('import "x";');
  await diff.link(() => other).catch((e) => show('different context', e));

  const thrower = new SourceTextModule('throw new RangeError("boom")');
  await thrower.link(() => {});
  await thrower.evaluate().catch((e) => show('evaluate', e));
  console.log(thrower.status, thrower.error.message);
  await thrower.evaluate().catch((e) => console.log('again', e === thrower.error));
  const importsErrored = new SourceTextModule('import "t";');
  await importsErrored.link(() => thrower).catch((e) => {
    show('link failure', e);
    console.log(e.cause === thrower.error);
  });

  const missing = new SourceTextModule('import { nope } from "m";');
  await missing.link(() => new SourceTextModule('export const yes = 1;')).catch((e) => show('missing export', e));
  console.log(missing.status);

  const getters = ['identifier', 'context', 'namespace', 'status', 'error'];
  for (const g of getters) {
    try { Object.getOwnPropertyDescriptor(Module.prototype, g).get.call({}); } catch (e) { show(g, e); }
  }
  try { SyntheticModule.prototype.setExport.call({}, 'x'); } catch (e) { show('setExport', e); }
  const s = new SyntheticModule(['x'], () => {});
  try { s.setExport('x', 1); } catch (e) { show('setExport unlinked', e); }
  await s.link(() => {});
  try { s.setExport('y', 1); } catch (e) { console.log('setExport unknown', e.name); }
  try { new SyntheticModule(['x', 'x'], () => {}); } catch (e) { show('duplicate', e); }
  try { new SyntheticModule('x', () => {}); } catch (e) { show('names', e); }
})();
