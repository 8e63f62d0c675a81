const { spawn } = require('child_process');
const { once } = require('events');
(async () => {
  const c = spawn('sh', ['-c', 'exit 5']);
  await once(c, 'spawn');
  console.log('spawned');
  const [code, sig] = await once(c, 'close');
  console.log(code, sig);
  const d = spawn('nope-nope-nope');
  try {
    await once(d, 'spawn');
  } catch (e) {
    console.log('rejected', e.code);
  }
})();
