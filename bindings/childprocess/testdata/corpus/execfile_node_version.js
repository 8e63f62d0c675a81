const { execFile } = require('child_process');
execFile('node', ['-e', 'console.log(1 + 1)'], (err, stdout) => console.log(err, stdout.trim()));
