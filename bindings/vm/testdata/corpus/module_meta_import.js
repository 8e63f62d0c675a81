// flags: --experimental-vm-modules
// import.meta through initializeImportMeta, and import() through
// importModuleDynamically, in modules and scripts.
const { SourceTextModule, Script, compileFunction } = require('vm');

(async () => {
  const m = new SourceTextModule('globalThis.meta = import.meta;', {
    initializeImportMeta(meta, module) {
      console.log('init', module === m, Object.getPrototypeOf(meta));
      meta.url = 'vm:meta';
    },
  });
  await m.link(() => {});
  await m.evaluate();
  console.log(globalThis.meta.url, Reflect.ownKeys(globalThis.meta), Object.getPrototypeOf(globalThis.meta));
  delete globalThis.meta;

  const target = new SourceTextModule('export const v = "imported";');
  await target.link(() => {});
  await target.evaluate();

  const noCallback = new SourceTextModule('globalThis.r = import("x");');
  await noCallback.link(() => {});
  await noCallback.evaluate();
  await globalThis.r.catch((e) => console.log('no callback', e.code, e.message));

  const dyn = new SourceTextModule('globalThis.r = import("t", { with: { type: "x" } });', {
    importModuleDynamically(specifier, referrer, attributes) {
      console.log('import', specifier, referrer === dyn, attributes);
      return target;
    },
  });
  await dyn.link(() => {});
  await dyn.evaluate();
  console.log((await globalThis.r) === target.namespace);

  const script = new Script('import("t")', {
    importModuleDynamically(specifier, referrer) {
      console.log('script import', specifier, referrer === script);
      return target.namespace;
    },
  });
  console.log((await script.runInThisContext()).v);

  const fn = compileFunction('return import("t")', [], {
    importModuleDynamically(specifier, referrer) {
      console.log('function import', specifier, referrer === fn);
      return 5;
    },
  });
  await fn().catch((e) => console.log('bad result', e.code));
  delete globalThis.r;
})();
