'use strict';
// options.cwd as a URL: a file: URL is a path; another scheme, a host
// other than localhost or an encoded slash is refused with node's code.
const { spawnSync, execFileSync } = require('child_process');
const { pathToFileURL } = require('url');

console.log(execFileSync('pwd', { cwd: pathToFileURL('/tmp') }).toString().trim());
console.log(execFileSync('pwd', { cwd: new URL('file://localhost/dev') }).toString().trim());
for (const u of ['http://example.com/', 'file://host/dev/null', 'file:///tmp%2fx']) {
  try {
    spawnSync('pwd', { cwd: new URL(u) });
    console.log(u, 'accepted');
  } catch (e) {
    console.log(u, e.name, e.code, e.message);
  }
}
