// import of packages without "exports" uses the legacy main rules.
import { showAsync } from './_show.mjs';
await showAsync('legacy-main', async () => (await import('legacy-main')).default);
await showAsync('legacy-main/lib/other.js', async () => (await import('legacy-main/lib/other.js')).default);
await showAsync('legacy-badmain', () => import('legacy-badmain'));
