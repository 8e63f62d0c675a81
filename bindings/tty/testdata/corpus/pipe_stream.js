// stdin: one\ntwo\n
// A tty.WriteStream and ReadStream on pipes move data like sockets.
const tty = require('tty');

const out = new tty.WriteStream(1);
out.write('written through tty.WriteStream\n');
out.write(Buffer.from('a buffer\n'));
out.write('6869210a', 'hex', () => console.log('write callback'));
const input = new tty.ReadStream(0);
let text = '';
input.setEncoding('utf8');
input.on('data', (d) => { text += d; });
input.on('end', () => console.log('read', JSON.stringify(text), input.isRaw, input.isTTY));
