'use strict';
// Paths into node's test/fixtures (linked beside this folder by the harness).
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');

const fixturesDir = path.join(__dirname, '..', 'fixtures');

function fixturesPath(...parts) { return path.join(fixturesDir, ...parts); }

module.exports = {
  fixturesDir,
  path: fixturesPath,
  fileURL(...parts) { return pathToFileURL(fixturesPath(...parts)); },
  readSync(p, enc) { return fs.readFileSync(fixturesPath(...[].concat(p)), enc); },
  readKey(name, enc) { return fs.readFileSync(fixturesPath('keys', name), enc); },
};
