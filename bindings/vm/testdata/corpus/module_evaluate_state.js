// flags: --experimental-vm-modules
// Statuses during evaluation, timeouts, errors through a graph, and a
// dependency cycle reading a binding before its module ran.
const { SourceTextModule, createContext } = require('vm');
const util = require('util');

(async () => {
  const self = new SourceTextModule('globalThis.seen = globalThis.probe.status; export function f() { return "hoisted"; }');
  globalThis.probe = self;
  await self.link(() => {});
  console.log('before', self.namespace.f());
  await self.evaluate();
  console.log('during', globalThis.seen);
  delete globalThis.probe;
  delete globalThis.seen;

  const spin = new SourceTextModule('while (true) {}');
  await spin.link(() => {});
  try {
    await spin.evaluate({ timeout: 50 });
  } catch (e) {
    console.log('timeout', e.code, e.message, spin.status);
  }
  try {
    throw new Error('still catchable');
  } catch (e) {
    console.log(e.message);
  }
  await spin.evaluate({ timeout: 0 }).catch((e) => console.log('timeout 0', e.code));

  const bad = new SourceTextModule('export const x = 1; throw new Error("dep failed");');
  const top = new SourceTextModule('import { x } from "bad"; console.log("never", x);');
  await top.link(() => bad);
  await top.evaluate().catch((e) => console.log('top', e.message, top.status, bad.status, top.error === bad.error));

  const a = new SourceTextModule('import { b } from "b"; export const a = "A"; export function readB() { return b; }');
  const b = new SourceTextModule('import { a, readB } from "a"; export const b = "B"; let seen; try { seen = a; } catch (e) { seen = e.name; } console.log("b sees a:", seen, typeof readB);');
  await a.link((s) => (s === 'b' ? b : a));
  await a.evaluate();
  console.log(a.namespace.readB());

  const context = createContext({ out: undefined });
  const inCtx = new SourceTextModule('export const arr = [1]; export let later; out = typeof Array;', { context });
  await inCtx.link(() => {});
  console.log(util.inspect(inCtx.namespace));
  await inCtx.evaluate();
  console.log(util.inspect(inCtx.namespace), context.out);
})();
