// import of a .node file is refused before loading.
import { showAsync } from './_show.mjs';
await showAsync('import .node', () => import('addon/build/short.node'));
