module.exports = require('./no-such-module');
