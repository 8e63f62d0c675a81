// stderr: report
// An object with an own stack is thrown as it is, though it is no Error:
// the report names node's promises module as the place and shows the
// object as util.inspect does.
process.on('exit', (code) => console.log('exit', code));
Promise.reject({ stack: 'Error: made up\n    at somewhere (/nowhere.js:1:1)', message: 'made up' });
