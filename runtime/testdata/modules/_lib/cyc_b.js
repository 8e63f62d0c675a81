const a = require('./cyc_a');
exports.seen = JSON.stringify(a);
