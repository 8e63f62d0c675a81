// flags: --experimental-vm-modules
// SyntheticModule: exports set by its callback and later, read live by
// the modules importing it.
const { SyntheticModule, SourceTextModule } = require('vm');

(async () => {
  const s = new SyntheticModule(['x', 'default'], function () {
    console.log('callback runs', typeof this.setExport);
    s.setExport('x', 1);
    s.setExport('default', 'dflt');
  }, { identifier: 'synthetic' });
  console.log(s.identifier, s.status, s.dependencySpecifiers);
  const m = new SourceTextModule(`
    import def, { x } from 'synthetic';
    export const getX = () => x;
    console.log('importer sees', x, def);
  `);
  await m.link(() => s);
  console.log(s.status, m.status);
  await m.evaluate();
  console.log(s.status, m.namespace.getX());
  s.setExport('x', 42);
  console.log(m.namespace.getX(), s.namespace.x);

  const rejecting = new SyntheticModule([], () => {
    const p = Promise.reject(new Error('ignored'));
    p.catch(() => {});
    return p;
  });
  await rejecting.link(() => {});
  console.log(await rejecting.evaluate(), rejecting.status);

  const throwing = new SyntheticModule([], () => { throw new TypeError('thrown'); });
  await throwing.link(() => {});
  await throwing.evaluate().catch((e) => console.log('rejected', e.message, throwing.status, throwing.error === e));
})();
