// The same error as an uncaught one from the main module: nothing runs.
console.log('must not run');
import { a, notThere } from 'cjs-shapes/literal.js';
