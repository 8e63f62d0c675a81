// exec gathers the output itself, yet the child's streams behave as under
// node: a listener added to child.stdout sees the data (as strings, since
// exec set the encoding), the streams flow and end, and setEncoding on the
// stream changes what exec hands back.
const { exec, execFile } = require('child_process');

const child = exec('printf one; printf two >&2', (err, stdout, stderr) => {
  console.log('callback', err, JSON.stringify(stdout), JSON.stringify(stderr));
  const c2 = execFile('printf', ['%s', 'buffered'], { encoding: 'buffer' }, (err2, out2) => {
    console.log('buffer callback', err2, Buffer.isBuffer(out2) ? 'Buffer' : typeof out2, String(out2));
    const c3 = exec('printf abc', { encoding: 'buffer' }, (err3, out3) => {
      console.log('after setEncoding', typeof out3, JSON.stringify(out3));
      const c4 = exec('printf hidden', (err4, out4) => {
        console.log('stdout read late', JSON.stringify(out4), c4.stdout.readableEncoding, c4.stdout.listenerCount('data'));
      });
    });
    c3.stdout.setEncoding('hex');
  });
  c2.stdout.on('data', (d) => console.log('c2 data', Buffer.isBuffer(d), String(d)));
});
console.log('encoding', child.stdout.readableEncoding, child.stderr.readableEncoding);
console.log('listeners', child.stdout.listenerCount('data'), child.stderr.listenerCount('data'));
const seen = [];
child.stdout.on('data', (d) => seen.push(typeof d + ':' + d));
// The two pipes are separate sources, so their events are reported
// together at 'close' rather than in the order they happened to arrive.
const events = [];
child.stdout.on('end', () => events.push('stdout end ' + seen.join('')));
child.stderr.on('data', (d) => events.push('stderr data ' + typeof d + ' ' + d));
child.on('close', (code) => console.log('close', code, events.sort().join(', ')));
