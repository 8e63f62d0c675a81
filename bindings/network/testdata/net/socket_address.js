// net.SocketAddress: defaults, both families, JSON and bad input.
const net = require('net');

const a = new net.SocketAddress();
console.log(a.address, a.port, a.family, a.flowlabel, JSON.stringify(a));
const b = new net.SocketAddress({ address: '::1', family: 'ipv6', port: 443, flowlabel: 7 });
console.log(b.toJSON(), net.SocketAddress.isSocketAddress(b), net.SocketAddress.isSocketAddress({}));
console.log(new net.SocketAddress({ family: 'ipv6' }).address);
for (const bad of [
  () => new net.SocketAddress({ address: 'x' }),
  () => new net.SocketAddress({ address: '::1' }),
  () => new net.SocketAddress({ family: 'ipv5' }),
  () => new net.SocketAddress({ port: 70000 }),
  () => new net.SocketAddress({ address: 1 }),
  () => new net.SocketAddress('x'),
]) {
  try {
    bad();
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
