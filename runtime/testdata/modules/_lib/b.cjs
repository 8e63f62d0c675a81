module.exports = { kind: 'cjs-ext' };
