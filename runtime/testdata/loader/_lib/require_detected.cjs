const m = require('./detected.js');
module.exports = [m.kind, m.default, m.__esModule].join(' ');
