const { MessageChannel, MessagePort } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const { port1: extra } = new MessageChannel();
port2.onmessage = (ev) => {
  const d = ev.data && ev.data.withPort ? { withPort: ev.data.withPort instanceof MessagePort } : ev.data;
  console.log('onmessage', ev.type, d, ev.ports.length, ev.ports[0] === (ev.data && ev.data.withPort));
  if (ev.data === 'bye') port2.close();
};
function listener(ev) { console.log('listener', typeof ev.data); }
port2.addEventListener('message', listener);
port1.postMessage('hello');
port1.postMessage({ withPort: extra }, [extra]);
setTimeout(() => {
  port2.removeEventListener('message', listener);
  port1.postMessage('bye');
}, 5);
port2.addEventListener('close', () => console.log('close event'));
