'use strict';
const { fork } = require('child_process');
const path = require('path');
const child = fork(path.join(__dirname, '_report.js'), { env: { ...process.env, JSPROC_TEST_VAR: 'from parent' } });
child.on('message', (m) => { console.log(m.custom, m.hasChannelFd, m.hasMode, m.connected, m.channel, m.channelFd, m.refMethods); child.send('bye'); });
child.on('exit', (code) => console.log('exit', code));
