// Multicast membership and interface on the loopback interface.
const dgram = require('dgram');
const s = dgram.createSocket({ type: 'udp4', reuseAddr: true });
const show = (tag, f) => { try { console.log(tag, 'ok', f()); } catch (e) { console.log(tag, e.name, e.code, e.message); } };
show('before bind', () => s.setMulticastInterface('127.0.0.1'));
show('no group', () => s.addMembership());
s.bind(0, () => {
  show('iface', () => s.setMulticastInterface('127.0.0.1'));
  show('iface bad', () => s.setMulticastInterface('not-an-ip'));
  show('iface type', () => s.setMulticastInterface(5));
  show('add', () => s.addMembership('239.1.2.3', '127.0.0.1'));
  show('add again', () => s.addMembership('239.1.2.3', '127.0.0.1'));
  show('drop', () => s.dropMembership('239.1.2.3', '127.0.0.1'));
  show('drop again', () => s.dropMembership('239.1.2.3', '127.0.0.1'));
  show('not multicast', () => s.addMembership('10.0.0.1'));
  show('bad group', () => s.addMembership('nope'));
  show('ssm types', () => s.addSourceSpecificMembership(1, '232.1.1.1'));
  show('ssm', () => s.addSourceSpecificMembership('127.0.0.1', '232.1.1.1', '127.0.0.1'));
  show('ssm drop', () => s.dropSourceSpecificMembership('127.0.0.1', '232.1.1.1', '127.0.0.1'));
  s.close();
});
