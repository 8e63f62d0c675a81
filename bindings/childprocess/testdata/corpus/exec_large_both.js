const { exec } = require('child_process');
exec('head -c 300000 /dev/zero | tr "\\0" o & head -c 300000 /dev/zero | tr "\\0" e >&2; wait', (err, out, errOut) => {
  console.log(err, out.length, errOut.length, out[0], errOut[0]);
});
