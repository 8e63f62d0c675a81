console.log('must not run: missing_cjs_name');
import { a, notThere } from 'cjs-shapes/literal.js';
