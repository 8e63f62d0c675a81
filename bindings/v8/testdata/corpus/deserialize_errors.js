const v8 = require('v8');
for (const h of ['ff0f', 'ff0f6f', 'ff0f5e05', 'ff0f74', 'ff0f6f7b05', 'ff0f61024902', 'ff0f6f22016149027b',
  'ff0f2d', 'ff0f6f6f7b00490249027b01', 'ff0f4d', 'ff0f5c0a', 'ff0f5c01', 'ff0f22056869', 'ff0f4205', 'ff0f4101490224000100',
  'ff0f4101490224000101', 'ff0f3b49023a01', 'ff0f27492c02', 'ff0f72', 'ff0f72782e']) {
  try { console.log(h, v8.deserialize(Buffer.from(h, 'hex'))); } catch (e) { console.log(h, 'throws', e.name, e.code, e.message); }
}
