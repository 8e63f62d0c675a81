// setTTL, setMulticastTTL, setMulticastLoopback, setBroadcast: errors
// before bind, argument checks and results after.
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
const show = (f) => { try { console.log('ok', f()); } catch (e) { console.log(e.name, e.code, e.message); } };
show(() => s.setTTL(10));
show(() => s.setBroadcast(true));
show(() => s.setMulticastLoopback(true));
show(() => s.setTTL('10'));
show(() => s.setMulticastTTL('x'));
s.bind(0, '127.0.0.1', () => {
  show(() => s.setTTL(64));
  show(() => s.setTTL(0));
  show(() => s.setTTL(256));
  show(() => s.setMulticastTTL(0));
  show(() => s.setMulticastTTL(300));
  show(() => s.setMulticastLoopback(false));
  show(() => s.setMulticastLoopback(1));
  show(() => s.setBroadcast(true));
  show(() => s.setBroadcast(false));
  s.close();
  try { s.setTTL(5); } catch (e) { console.log('closed', e.name); }
});
