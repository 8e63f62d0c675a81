'use strict';
const { fork } = require('child_process');
const path = require('path');
const child = fork(path.join(__dirname, '_report.js'), ['a', 'b c', '--flag'], { execArgv: [] });
child.on('message', (m) => { console.log(JSON.stringify(m)); child.send('bye'); });
child.on('exit', (code) => console.log('exit', code));
