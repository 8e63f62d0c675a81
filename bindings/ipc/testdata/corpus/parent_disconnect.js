'use strict';
// A child whose only work is its 'message' listener exits once the parent
// disconnects.
const { fork } = require('child_process');
const path = require('path');
const child = fork(path.join(__dirname, '_echo.js'));
child.send('ping');
child.on('message', (m) => {
  console.log('message', m);
  child.disconnect();
  console.log('connected', child.connected, 'channel', child.channel);
});
child.on('exit', (code, signal) => console.log('exit', code, signal));
