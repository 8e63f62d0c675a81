// Event order of a stream, from write to close.
const zlib = require('zlib');
const d = zlib.createDeflate();
const order = [];
for (const ev of ['data', 'end', 'finish', 'prefinish', 'readable']) d.on(ev, () => { if (order[order.length - 1] !== ev) order.push(ev); });
d.on('close', () => {
  order.push('close');
  console.log(order.join(' '));
  const i = zlib.createInflate();
  const o2 = [];
  i.on('data', () => o2.push('data'));
  i.on('end', () => o2.push('end'));
  i.on('finish', () => o2.push('finish'));
  i.on('close', () => { o2.push('close'); console.log(o2.join(' ')); });
  i.end(zlib.deflateSync('x'));
});
d.end('event order', () => order.push('end-callback'));
