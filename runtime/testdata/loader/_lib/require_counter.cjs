const ns = require('./counter.mjs');
module.exports = require('util').inspect(ns) + ' ' + Object.keys(ns).join(',');
