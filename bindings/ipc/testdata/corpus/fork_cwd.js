'use strict';
const { fork } = require('child_process');
const path = require('path');
const fs = require('fs');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jsproc-fork-cwd-'));
const child = fork(path.join(__dirname, '_report.js'), { cwd: dir });
child.on('message', (m) => { console.log('cwd is tmp dir', m.cwd === path.basename(dir)); child.send('bye'); });
child.on('exit', (code) => { fs.rmSync(dir, { recursive: true }); console.log('exit', code); });
