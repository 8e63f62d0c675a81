module.exports = 'cond.cjs';
