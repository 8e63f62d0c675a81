// require() of ES modules, as node 20 does it since require(esm) is on.
const { show } = require('./_show.js');
show('mjs', () => Object.keys(require('./_lib/plain.mjs')).join(','));
show('esm-only pkg', () => { const m = require('esm-only'); return m.kind + ' ' + m.default(); });
show('dual pkg', () => require('dual').format);
show('cond.mjs via #', () => require('./_lib/cond.mjs').default);
