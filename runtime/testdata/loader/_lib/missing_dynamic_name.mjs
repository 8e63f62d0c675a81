import { x } from 'cjs-shapes/dynamic.js';
console.log('must not run', x);
