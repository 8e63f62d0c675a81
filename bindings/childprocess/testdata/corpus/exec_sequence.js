const { exec } = require('child_process');
let i = 0;
function next() {
  if (i === 30) return console.log('done', i);
  exec('echo ' + i, (err, out) => {
    if (err || out !== i + '\n') return console.log('bad', i, err);
    i++;
    next();
  });
}
next();
