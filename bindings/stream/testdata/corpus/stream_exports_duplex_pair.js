const s=require('stream'); console.log(Object.keys(s), Object.getOwnPropertyNames(s).length, require('stream/promises') === s.promises, s.promises === s.promises);
const [a, b] = s.duplexPair();
b.on('data', (d) => console.log('b got', String(d)));
a.write('hi', () => console.log('write cb'));
a.on('data', (d) => console.log('a got', String(d)));
b.write('back');
a.end(); b.end();
a.on('close', () => console.log('a close')); b.on('close', () => console.log('b close'));
