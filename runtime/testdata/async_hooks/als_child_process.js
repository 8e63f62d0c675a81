// A child's events and exec's callback run in the context spawn was called in.
const { AsyncLocalStorage } = require('async_hooks');
const { spawn, exec, execFile } = require('child_process');
const als = new AsyncLocalStorage();

als.run('spawn', () => {
  const child = spawn('printf', ['a\nb\n']);
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => console.log('data', JSON.stringify(d), als.getStore()));
  child.on('exit', (code) => console.log('exit', code, als.getStore()));
  child.on('close', () => {
    console.log('close', als.getStore());
    als.run('exec', () => exec('echo hi', (err, out) => {
      console.log('exec', out.trim(), als.getStore());
      execFile('true', () => console.log('execFile', als.getStore()));
    }));
  });
});
