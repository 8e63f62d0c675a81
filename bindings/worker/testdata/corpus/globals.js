console.log(typeof MessageChannel, typeof MessagePort, typeof BroadcastChannel, typeof MessageEvent);
const wt = require('worker_threads');
console.log(MessageChannel === wt.MessageChannel, MessagePort === wt.MessagePort, BroadcastChannel === wt.BroadcastChannel);
const { port1, port2 } = new MessageChannel();
port2.onmessage = (ev) => {
  console.log(ev instanceof MessageEvent, ev instanceof Event, ev.data);
  port2.close();
};
port1.postMessage({ via: 'global channel' });
const ev = new MessageEvent('message', { data: 7 });
console.log(ev.type, ev.data, ev.ports.length);
try { new MessagePort(); } catch (e) { console.log(e.name, e.message); }
