// A ciphers option that selects nothing throws OpenSSL's "no cipher
// match", as node's; lists that select something are taken.
const tls = require('tls');
const pki = require('./_pki');

for (const ciphers of ['', 'AES256-SHA', 'aes256-sha', 'FOOBARBAZ', 'xx:AES256-SHA', 'HIGH', 'HIGH:@STRENGTH',
  'ECDHE+AESGCM', '!ALL', 'AES256-SHA:!AES256-SHA', 'RC4', 'DES-CBC3-SHA', 'AES128-SHA,AES256-SHA',
  'TLS_AES_128_GCM_SHA256', 'TLS_not_a_cipher', 'TLS_AES_128_GCM_SHA256:!ALL',
  'TLS_AES_256_GCM_SHA384:ECDHE-RSA-AES128-GCM-SHA256', 'AECDH-NULL-SHA', 'NULL-MD5', 'CAMELLIA128-SHA',
  'SRP-AES-128-CBC-SHA', 'IDEA-CBC-SHA', 'SEED-SHA', 'aNULL', 'MEDIUM', 'LOW', 'EXPORT', 42, null]) {
  try {
    tls.createSecureContext({ ciphers });
    console.log(JSON.stringify(ciphers), 'ok');
  } catch (e) {
    console.log(JSON.stringify(ciphers), e.name, e.code, e.message, e.library, e.reason);
  }
}
const server = tls.createServer({ key: pki('server-key.pem'), cert: pki('server.pem') });
server.listen(0, '127.0.0.1', () => {
  try {
    tls.connect({ port: server.address().port, ciphers: 'no-such-cipher' });
  } catch (e) {
    console.log('connect', e.code);
  }
  try {
    tls.createServer({ ciphers: 'aes256-sha' });
  } catch (e) {
    console.log('createServer', e.code);
  }
  server.close();
});
