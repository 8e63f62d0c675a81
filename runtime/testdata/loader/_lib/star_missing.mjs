import { own, something, a, nope } from './star_all.mjs';
