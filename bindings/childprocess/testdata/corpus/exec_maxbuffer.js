const { exec } = require('child_process');
exec('head -c 100000 /dev/zero | tr "\\0" a', { maxBuffer: 1000 }, (err, stdout, stderr) => {
  console.log(err.name, err.code, err.message, stdout.length, err.cmd);
  console.log(err.killed, err.signal);
  exec('echo 12345678', { maxBuffer: 4, encoding: 'buffer' }, (err2, stdout2) => {
    console.log('buffer', err2.code, stdout2.toString());
    exec('echo abc >&2', { maxBuffer: 2 }, (err3, stdout3, stderr3) => {
      console.log('stderr', err3.message, JSON.stringify(stderr3));
    });
  });
});
