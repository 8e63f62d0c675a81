module.exports = require('dual').format;
