const { Readable } = require('stream');
let i = 0;
const r = new Readable({
  highWaterMark: 4,
  read(n) {
    console.log('read called', n, 'len', this.readableLength);
    i++;
    if (i > 3) this.push(null);
    else this.push('chunk' + i);
  },
});
r.on('readable', () => {
  console.log('readable, len', r.readableLength);
  let c;
  while ((c = r.read(3)) !== null) console.log('got', c.toString());
});
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
