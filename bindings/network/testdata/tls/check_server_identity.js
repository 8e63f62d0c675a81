// checkServerIdentity on certificate objects: names, wildcards, IPs, CN.
const tls = require('tls');

const cases = [
  ['localhost', { subject: { CN: 'x' }, subjectaltname: 'DNS:localhost' }],
  ['LocalHost.', { subject: {}, subjectaltname: 'DNS:localhost' }],
  ['a.wild.test', { subject: {}, subjectaltname: 'DNS:*.wild.test' }],
  ['a.b.wild.test', { subject: {}, subjectaltname: 'DNS:*.wild.test' }],
  ['wild.test', { subject: {}, subjectaltname: 'DNS:*.wild.test' }],
  ['x.test', { subject: {}, subjectaltname: 'DNS:*.test' }],
  ['127.0.0.1', { subject: {}, subjectaltname: 'DNS:localhost, IP Address:127.0.0.1' }],
  ['::1', { subject: {}, subjectaltname: 'IP Address:0:0:0:0:0:0:0:1' }],
  ['10.0.0.1', { subject: {}, subjectaltname: 'DNS:localhost, IP Address:127.0.0.1' }],
  ['example.test', { subject: { CN: 'example.test' } }],
  ['other.test', { subject: { CN: 'example.test' } }],
  ['example.test', { subject: {} }],
];
for (const [host, cert] of cases) {
  const err = tls.checkServerIdentity(host, cert);
  console.log(host, err === undefined ? 'ok' : `${err.code} ${err.message} | ${err.reason} | ${err.host}`);
}
