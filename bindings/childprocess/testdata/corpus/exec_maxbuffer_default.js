const { exec } = require('child_process');
// The default maxBuffer is 1 MiB.
exec('head -c 1048576 /dev/zero', (err, stdout) => {
  console.log('exact', err, stdout.length);
  exec('head -c 1048577 /dev/zero', (err2, stdout2) => {
    console.log('over', err2 && err2.code, stdout2.length);
    exec('head -c 2000000 /dev/zero', { maxBuffer: Infinity }, (err3, stdout3) => console.log('inf', err3, stdout3.length));
  });
});
