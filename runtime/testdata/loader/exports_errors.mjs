// Every invalid "exports" target and configuration, under import.
import { showAsync, show } from './_show.mjs';
for (const sub of ['', '/no-dot', '/escape', '/nm', '/null', '/missing', '/num', '/arr-empty', '/arr-bad', '/numkey', '/dir', '/obj-none', '/index', '/nothing']) {
  await showAsync('exp-errors' + sub, async () => (await import('exp-errors' + sub)).default);
}
await showAsync('exp-mixed', () => import('exp-mixed'));
for (const sub of ['/missing', '/dir', '/null']) show('meta exp-errors' + sub, () => import.meta.resolve('exp-errors' + sub));
