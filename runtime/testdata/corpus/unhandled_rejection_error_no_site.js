// stderr: report
// An error whose stack names no place of the script is reported from
// node's promises module.
process.on('exit', (code) => console.log('exit', code));
const e = new TypeError('moved');
e.stack = 'replaced stack';
Promise.reject(e);
