'use strict';
// The test's scratch directory. The harness gives every test its own
// (NODE_TEST_TMPDIR); children spawned by the test inherit it.
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');

const tmpPath = process.env.NODE_TEST_TMPDIR ||
  path.join(__dirname, '..', `.tmp.${process.pid}`);

function refresh() {
  fs.rmSync(tmpPath, { recursive: true, force: true });
  fs.mkdirSync(tmpPath, { recursive: true });
}

module.exports = {
  path: tmpPath,
  refresh,
  resolve(...parts) { return path.resolve(tmpPath, ...parts); },
  fileURL(...parts) { return pathToFileURL(path.resolve(tmpPath, ...parts)); },
  hasEnoughSpace() { return true; },
};
