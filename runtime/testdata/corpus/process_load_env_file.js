// process.loadEnvFile: .env in the working directory by default, a string,
// Buffer or URL path otherwise; variables process.env already has are kept;
// a missing file is fs's ENOENT, a directory node's ERR_INVALID_ARG_TYPE,
// a bad path argument fs's validation error.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jsproc-loadenv-'));
const cwd = process.cwd();
try {
  fs.writeFileSync(path.join(dir, '.env'), 'LOADENV_A=from file\nLOADENV_B="kept?"\nexport LOADENV_C=`multi\nline`\n');
  fs.writeFileSync(path.join(dir, 'other.env'), 'LOADENV_D=other # comment\nLOADENV_A=second\n');
  fs.mkdirSync(path.join(dir, 'sub'));
  process.chdir(dir);
  process.env.LOADENV_B = 'set before';
  console.log(process.loadEnvFile.name, process.loadEnvFile.length);
  console.log(process.loadEnvFile());
  console.log(process.env.LOADENV_A, process.env.LOADENV_B, JSON.stringify(process.env.LOADENV_C));
  console.log(process.loadEnvFile(pathToFileURL(path.join(dir, 'other.env'))));
  console.log(process.env.LOADENV_A, process.env.LOADENV_D);
  delete process.env.LOADENV_A;
  process.loadEnvFile(Buffer.from('other.env'));
  process.loadEnvFile(null);
  console.log(process.env.LOADENV_A);
  for (const p of ['missing.env', 'sub', 1, true, {}, 'a\0b']) {
    try {
      process.loadEnvFile(p);
    } catch (e) {
      console.log(e.name, e.code, e.message, e.errno, e.syscall, e.path);
    }
  }
} finally {
  process.chdir(cwd);
  fs.rmSync(dir, { recursive: true, force: true });
}
