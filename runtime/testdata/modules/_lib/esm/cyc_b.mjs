import { fromA } from './cyc_a.mjs';
export function fromB() { return 'B sees ' + fromA(); }
