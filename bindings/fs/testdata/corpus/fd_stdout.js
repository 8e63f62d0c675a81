const fs = require('fs');
console.log('a');
fs.writeSync(1, 'b\n');
process.stdout.write('c\n');
fs.writeSync(1, Buffer.from('d\n'));
console.log('e');
fs.writeFileSync(1, 'f\n');
console.log('g');
fs.write(1, 'h\n', (err, n) => {
  console.log('written', err, n);
  fs.writeFile(1, 'i\n', (err) => console.log('writeFile', err));
});
