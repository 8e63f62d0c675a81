const { spawn } = require('child_process');
(async () => {
  for (const code of [0, 1, 2, 42, 255, 256]) {
    const r = await new Promise((resolve) => {
      spawn('sh', ['-c', 'exit ' + code]).on('close', (c, s) => resolve([c, s]));
    });
    console.log(code, '->', r.join(' '));
  }
  const r = await new Promise((resolve) => spawn('false').on('exit', (c, s) => resolve([c, s])));
  console.log('false ->', r.join(' '));
})();
