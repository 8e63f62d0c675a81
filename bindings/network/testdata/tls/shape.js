// The tls module's surface and defaults.
const tls = require('tls');
const net = require('net');

console.log(tls.DEFAULT_MIN_VERSION, tls.DEFAULT_MAX_VERSION, tls.DEFAULT_ECDH_CURVE);
console.log(Array.isArray(tls.rootCertificates), tls.rootCertificates.length > 0, Object.isFrozen(tls.rootCertificates));
console.log(tls.rootCertificates.every((c) => c.startsWith('-----BEGIN CERTIFICATE-----')));
console.log(typeof tls.connect, typeof tls.createServer, typeof tls.createSecureContext, typeof tls.checkServerIdentity);
console.log(tls.getCiphers().includes('tls_aes_128_gcm_sha256'));
const s = new tls.TLSSocket();
console.log(s instanceof net.Socket, s.encrypted, s.authorized, s.alpnProtocol, s.getPeerCertificate(), s.getProtocol());
const srv = tls.createServer();
console.log(srv instanceof net.Server, srv instanceof tls.Server);
try {
  tls.createSecureContext({ minVersion: 'SSLv3' });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
