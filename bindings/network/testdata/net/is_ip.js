// isIP, isIPv4 and isIPv6 on well-formed and malformed addresses.
const net = require('net');

const inputs = ['127.0.0.1', '0.0.0.0', '255.255.255.255', '256.0.0.1', '1.2.3', '01.2.3.4', '1.2.3.4 ', '::', '::1',
  'fe80::1%eth0', '::ffff:192.168.1.1', '2001:db8::8a2e:370:7334', '2001:db8:::1', 'x', '', 'localhost', '1::2::3',
  '[::1]', 12, null, undefined, '1.2.3.4%eth0', 'FE80::ABCD'];
for (const i of inputs) console.log(JSON.stringify(i), net.isIP(i), net.isIPv4(i), net.isIPv6(i));
