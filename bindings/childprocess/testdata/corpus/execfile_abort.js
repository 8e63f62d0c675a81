const { execFile } = require('child_process');
const ac = new AbortController();
execFile('sleep', ['10'], { signal: ac.signal }, (err, stdout) => {
  console.log(err.name, err.code, err.message, JSON.stringify(stdout));
});
setTimeout(() => ac.abort(), 30);
