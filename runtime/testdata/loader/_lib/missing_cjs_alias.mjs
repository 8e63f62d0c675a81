import { greet as hello, absent as other } from 'cjs-shapes/esbuild.js';
console.log('must not run', hello, other);
