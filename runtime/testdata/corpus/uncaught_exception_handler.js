process.on('uncaughtException', (err, origin) => {
  console.log('handler', err.message, origin);
});
process.on('exit', (c) => console.log('exit', c));
setTimeout(() => { throw new Error('in timer'); }, 1);
setTimeout(() => console.log('next timer still runs'), 5);
throw new Error('sync');
