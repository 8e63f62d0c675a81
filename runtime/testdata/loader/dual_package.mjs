// A package with import and require conditions loads two different files.
import { format } from 'dual';
const cjs = await import('./_lib/require_dual.cjs');
console.log(format, cjs.default);
