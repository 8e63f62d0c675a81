import { count, increment } from './_lib/esm/counter.mjs';
import greet from './_lib/esm/cjs_fn.cjs';
type Fn = (n: number) => void;
const inc: Fn = () => increment();
inc(1);
console.log(count, greet('ts'));
const delay = (ms: number): Promise<string> => new Promise(r => setTimeout(() => r('waited'), ms));
console.log(await delay(5));
export const done: boolean = true;
