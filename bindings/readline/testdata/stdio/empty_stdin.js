// Empty stdin gives 'end' at once.
process.stdin.on('data', (d) => console.log('data', d.length));
process.stdin.on('end', () => console.log('end'));
