const { MessageChannel, MessagePort } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
console.log(port1 instanceof MessagePort, typeof port1.postMessage);
port1.postMessage('first');
port1.postMessage({ n: 2 });
port2.on('message', (m) => {
  console.log('port2 got', m);
  if (m === 'last') port2.close();
});
port2.on('close', () => console.log('port2 close'));
port1.postMessage('last');
process.nextTick(() => console.log('tick'));
