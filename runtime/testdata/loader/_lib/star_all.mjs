export * from './plain.mjs';
export * from 'cjs-shapes/literal.js';
export const own = 'own';
