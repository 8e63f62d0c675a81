export * from './counter.mjs';
export * from './cjs_dep.cjs';
export { default as CounterClass } from './counter.mjs';
export const own = 'own';
