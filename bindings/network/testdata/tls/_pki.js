// Reads the test PKI's PEM files (made by the Go test) by name.
const fs = require('fs');
const path = require('path');

module.exports = (name) => fs.readFileSync(path.join(process.env.JSPROC_TEST_PKI, name));
