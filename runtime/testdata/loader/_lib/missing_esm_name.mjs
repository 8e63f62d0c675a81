import './side_effect.mjs';
import { nothing } from './plain.mjs';
console.log('must not run', nothing);
