// net.BlockList: addresses, ranges and subnets of both families, mapped
// IPv4 addresses, SocketAddress arguments, rules and bad input.
const net = require('net');

const b = new net.BlockList();
b.addAddress('1.2.3.4');
b.addRange('10.0.0.1', '10.0.0.10');
b.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6');
b.addSubnet('192.168.0.0', 16, 'IPv4');
b.addAddress(new net.SocketAddress({ address: '::1', family: 'ipv6' }));
console.log(b.rules);
for (const [addr, fam] of [['1.2.3.4'], ['1.2.3.5'], ['10.0.0.1'], ['10.0.0.10'], ['10.0.0.11'], ['192.168.255.255'],
  ['192.169.0.0'], ['::ffff:1.2.3.4', 'ipv6'], ['8592:757c:efae:4e45::f', 'IPv6'], ['8592:757c:efae:4e46::', 'ipv6'],
  ['::1', 'ipv6'], ['::2', 'ipv6'], ['1.2.3.4', 'ipv6'], ['nope']]) {
  console.log(addr, fam || '', b.check(addr, fam));
}
console.log(b.check(new net.SocketAddress({ address: '10.0.0.3' })), typeof net.BlockList.isBlockList);
for (const bad of [
  () => b.addAddress(1),
  () => b.addAddress('1.2.3.4', 'ipv5'),
  () => b.addSubnet('10.0.0.0', 33),
  () => b.addRange('10.0.0.9', '10.0.0.1'),
  () => b.check(5),
]) {
  try {
    bad();
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
