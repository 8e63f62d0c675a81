exports.early = 'a-early';
const b = require('./cyc_b');
exports.late = 'a-late';
exports.seenByA = b.seen;
