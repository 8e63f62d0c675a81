const { execFile } = require('child_process');
execFile('echo', ['$((6*7))'], { shell: true }, (err, out) => console.log(err, out.trim()));
