const { spawn } = require('child_process');
(async () => {
  const c = spawn('seq', ['1', '5000']);
  let bytes = 0;
  let chunks = 0;
  for await (const chunk of c.stdout) {
    bytes += chunk.length;
    chunks++;
  }
  console.log(bytes, chunks > 0);
  const code = await new Promise((r) => (c.exitCode !== null ? r(c.exitCode) : c.on('close', r)));
  console.log('code', code);
})();
