const fs = require('fs');
console.log('a');
fs.writeSync(1, 'b\n');
process.stdout.write('c\n');
fs.writeSync(1, Buffer.from('d\n'));
console.log('e');
fs.write(1, 'f\n', (err, n) => {
  console.log('written', err, n);
});
fs.writeFileSync(1, 'g\n');
console.log('h');
