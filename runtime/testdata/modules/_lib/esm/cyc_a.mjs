import { fromB } from './cyc_b.mjs';
export function fromA() { return 'A'; }
export const bSaw = fromB();
