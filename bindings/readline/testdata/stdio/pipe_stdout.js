// stdin: piped through\nsecond line\n
console.log('before');
process.stdin.pipe(process.stdout);
process.stdin.on('end', () => console.log('after'));
