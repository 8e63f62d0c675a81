'use strict';
const { fork } = require('child_process');
const path = require('path');
const child = fork(path.join(__dirname, '_report.js'), ['x'], { execArgv: ['--no-warnings'] });
child.on('message', (m) => { console.log(JSON.stringify(m.execArgv), JSON.stringify(m.argv)); child.send('bye'); });
child.on('exit', (code) => console.log('exit', code));
