export { greet, gone } from 'cjs-shapes/reexport.js';
