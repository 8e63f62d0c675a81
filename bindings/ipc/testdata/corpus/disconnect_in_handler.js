'use strict';
const { fork } = require('child_process');
const path = require('path');
const child = fork(path.join(__dirname, '_echo.js'));
const seen = [];
child.on('message', (m) => {
  seen.push(m);
  if (m === 2) child.disconnect();
});
for (let i = 0; i < 5; i++) child.send(i);
child.on('disconnect', () => console.log('disconnect after', JSON.stringify(seen)));
child.on('exit', () => console.log('exit; messages after disconnect dropped:', JSON.stringify(seen)));
