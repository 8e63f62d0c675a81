const show = require('./_show');
async function main() {
  for (const alg of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'sha-256', { name: 'SHA-512' }, { name: 'sha-1' }]) {
    const r = await crypto.subtle.digest(alg, new TextEncoder().encode('abc'));
    console.log(JSON.stringify(alg), r instanceof ArrayBuffer, Buffer.from(r).toString('hex'));
  }
  console.log(Buffer.from(await crypto.subtle.digest('SHA-256', Buffer.from('abc'))).toString('base64'));
  console.log(Buffer.from(await crypto.subtle.digest('SHA-256', new ArrayBuffer(3))).toString('base64'));
  console.log(Buffer.from(await crypto.subtle.digest('SHA-256', new DataView(new ArrayBuffer(3)))).toString('base64'));
  for (const [label, f] of [
    ['unknown', () => crypto.subtle.digest('MD5', new Uint8Array(1))],
    ['string data', () => crypto.subtle.digest('SHA-256', 'abc')],
    ['no args', () => crypto.subtle.digest()],
    ['one arg', () => crypto.subtle.digest('SHA-256')],
    ['this', () => crypto.subtle.digest.call({}, 'SHA-256', new Uint8Array(1))],
  ]) {
    const p = f();
    console.log(label, p instanceof Promise);
    await p.then((v) => console.log(label, 'resolved', v), (e) => console.log(label, e.name, e.code, e.message));
  }
  show('illegal', () => new crypto.subtle.constructor());
}
main();
