console.log('before');
process.on('exit', c => console.log('exit', c));
await new Promise(r => setTimeout(r, 1));
throw new Error('rejected at top level');
