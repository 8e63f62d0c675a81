// key, cert and ca options as node reads them: falsy values are none,
// Buffers, strings and other views are PEM, key lists may hold {pem}
// objects, and anything else throws ERR_INVALID_ARG_TYPE naming the option
// (ca first, then cert, then key).
const tls = require('tls');
const pki = require('./_pki');

const key = pki('server-key.pem');
const cert = pki('server.pem');
const ca = pki('ca.pem');
const view = (b) => new DataView(b.buffer, b.byteOffset, b.byteLength);
const cases = {
  'falsy': { key: false, cert: 0, ca: '' },
  'nulls': { key: null, cert: null, ca: null },
  'buffers': { key, cert, ca },
  'strings': { key: String(key), cert: String(cert), ca: [String(ca)] },
  'views': { key: new Uint8Array(key), cert: view(cert), ca: view(ca) },
  'key pem objects': { key: [{ pem: key }], cert },
  'key pem object alone': { key: { pem: key }, cert },
  'cert pem object': { key, cert: [{ pem: cert }] },
  'key true': { key: true, cert },
  'key list with false': { key: [key, false], cert },
  'cert true and key true': { key: true, cert: true },
  'ca object': { key, cert, ca: {} },
  'ca list with true, key true': { key: true, cert, ca: [ca, true] },
  'ca number': { ca: 1 },
};
for (const [name, options] of Object.entries(cases)) {
  try {
    tls.createSecureContext(options);
    console.log(name, 'ok');
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}
