const { spawn } = require('child_process');
const ac = new AbortController();
const c = spawn('true', { signal: ac.signal });
c.on('error', (e) => console.log('error (unexpected)', e.code));
c.on('close', (code) => {
  ac.abort();
  console.log('close', code, 'aborted after exit without error');
});
