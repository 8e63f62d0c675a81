// stderr: report
// A rejection with a plain object goes uncaught as node's
// ERR_UNHANDLED_REJECTION error, reported from node's promises module with
// the reason shown as V8 shows it without running its code.
process.on('exit', (code) => console.log('exit', code));
Promise.reject({ toString() { return 'never shown'; }, a: 1 });
