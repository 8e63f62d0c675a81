const { subtle } = globalThis.crypto;
async function t(l, f) {
  try {
    const r = await f();
    console.log(l, 'ok', r instanceof ArrayBuffer ? Buffer.from(r).toString('hex') : r);
  } catch (e) {
    console.log(l, e.name, e.code, JSON.stringify(e.message));
  }
}
(async () => {
  const jwk = { kty: 'oct', k: Buffer.from('0123456789abcdef').toString('base64url') };
  const h = await subtle.importKey('jwk', jwk, { name: 'hmac', hash: { name: 'sha-1' } }, false, ['sign', 'verify']);
  await t('jwk hmac', () => [h.algorithm, h.extractable, h.usages]);
  await t('sign sha1', () => subtle.sign({ name: 'HMAC' }, h, new TextEncoder().encode('data')));
  await t('verify wrong', () => subtle.verify('HMAC', h, new Uint8Array(20), Buffer.from('data')));
  await t('verify short', () => subtle.verify('HMAC', h, new Uint8Array(3), Buffer.from('data')));
  const a = await subtle.importKey('jwk', { kty: 'oct', k: Buffer.alloc(32, 9).toString('base64url') }, { name: 'AES-GCM' }, true, ['encrypt', 'decrypt']);
  await t('aes jwk', () => subtle.exportKey('jwk', a));
  const params = { name: 'AES-GCM', iv: Buffer.alloc(16, 3), additionalData: Buffer.from('aad'), tagLength: 96 };
  const ct = await subtle.encrypt(params, a, Buffer.from('sixteen byte msg and more'));
  await t('gcm 96', () => ct);
  await t('gcm 96 dec', async () => Buffer.from(await subtle.decrypt(params, a, ct)).toString());
  await t('gcm bad aad', () => subtle.decrypt(Object.assign({}, params, { additionalData: Buffer.from('x') }), a, ct));
  await t('gcm bad tag len', () => subtle.encrypt(Object.assign({}, params, { tagLength: 100 }), a, Buffer.from('x')));
  await t('gcm short', () => subtle.decrypt(params, a, new Uint8Array(5)));
  await t('encrypt with hmac', () => subtle.encrypt(params, h, Buffer.from('x')));
  await t('this', () => subtle.importKey.call({}, 'raw', new Uint8Array(16), 'AES-GCM', true, ['encrypt']));
  await t('missing', () => subtle.importKey('raw', new Uint8Array(16), 'AES-GCM'));
  await t('not a key', () => subtle.exportKey('raw', {}));
  await t('empty usages', () => subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', true, []));
  await t('bad format', () => subtle.importKey('spki', new Uint8Array(16), 'AES-GCM', true, ['encrypt']));
  await t('gen aes bad', () => subtle.generateKey({ name: 'AES-GCM', length: 100 }, true, ['encrypt']));
  const g = await subtle.generateKey({ name: 'AES-GCM', length: 128 }, true, ['encrypt', 'decrypt']);
  const gct = await subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, g, Buffer.from('round trip'));
  await t('gen round trip', async () => [gct.byteLength, Buffer.from(await subtle.decrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, g, gct)).toString(),
    (await subtle.exportKey('raw', g)).byteLength]);
  const gh = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-256', length: 128 }, true, ['sign', 'verify']);
  await t('gen hmac len', async () => [gh.algorithm, (await subtle.exportKey('raw', gh)).byteLength,
    await subtle.verify('HMAC', gh, await subtle.sign('HMAC', gh, Buffer.from('m')), Buffer.from('m'))]);
  await t('globals', () => [crypto instanceof Crypto, subtle instanceof SubtleCrypto, g instanceof CryptoKey, require('crypto').webcrypto.CryptoKey === undefined]);
  await t('new CryptoKey', () => new CryptoKey());
})();
