const v8 = require('v8');
const util = require('util');
// Bytes written by node 20's v8.serialize.
const samples = [
  'ff0f6f490249084904490622016249022201612201787b04',
  'ff0f41024e000000000000f83f4e0000000000000040240002',
  'ff0f61034900490249044906400203',
  'ff0f6f2202616200630234127b01',
  'ff0f522204615c2f623f',
  'ff0f440000000000000000',
  'ff0f3b49026f7b003a02',
  'ff0f2749022201612c02',
  'ff0f4203000000',
  'ff0f5c0a026869',
  'ff0f5c0808000000000000f03f',
  'ff0f5c09020000',
  'ff0f5a20d20a3f4eeee073c3f60fe98e01000000',
  'ff0f41056e000000000000f03f7322017379787a100500000000000000240005',
  'ff0f72546d22016d732201532e',
  'ff0f726d22016d6349022e',
  'ff0f6f220473656c665e00220361727241015e002400017b02',
  'ff0f41025c0101005e01240002',
  'ff0d2201612c0000',
  'ff0f53026869',
  'ff0f5502',
  'ff0f41022d4902240002',
  'ff0f4202050656420101',
  'ff0f4202050656420101004100',
];
for (const h of samples) {
  try {
    const v = v8.deserialize(Buffer.from(h, 'hex'));
    if (ArrayBuffer.isView(v)) console.log(h, v.constructor.name, v.byteLength, Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('hex'));
    else console.log(h, util.inspect(v, { depth: 4, showHidden: false }));
    if (v instanceof Error) console.log('  error', v.name, JSON.stringify(v.message), JSON.stringify(v.stack), 'cause' in v ? v.cause : '-', Object.keys(v));
  } catch (e) {
    console.log(h, 'throws', e.name, e.message);
  }
}
