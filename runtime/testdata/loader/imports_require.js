// "imports" (#specifiers) through require(): targets, conditions, patterns
// and every error node gives.
const { show } = require('./_show.js');
for (const id of ['#util', '#cond', '#nested', '#lib/util.js', '#dep', '#dep/a', '#arr', '#fs']) {
  show(id, () => { const v = require(id); return typeof v === 'object' ? JSON.stringify(Object.keys(v)) : v; });
}
for (const id of ['#nope', '#', '#/x', '#lib/', '#lib/private/x', '#bad', '#outside', '#missing', '#nopkg', '#num', '#dep/internal/x']) {
  show(id, () => require(id));
}
show('resolve #util', () => require.resolve('#util'));
show('resolve #cond', () => require.resolve('#cond'));
