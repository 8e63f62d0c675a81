const { TextEncoder, TextDecoder } = require('util');
const te = new TextEncoder();
console.log(te.encoding, te.encode('héllo €'), te.encode(), te.encode('\ud800x'));
const dst = new Uint8Array(5); console.log(te.encodeInto('a€😀', dst), dst);
console.log(TextEncoder === globalThis.TextEncoder, TextDecoder === globalThis.TextDecoder);
const td = new TextDecoder();
console.log(td.decode(te.encode('round trip ✓')), td.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])), JSON.stringify(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))));
console.log(JSON.stringify(td.decode(new Uint8Array([0xe2, 0x82, 0x41, 0xf0, 0x9f, 0x98, 0xc0, 0x80, 0xed, 0xa0, 0x80]))));
const s = new TextDecoder(); const bytes = te.encode('a€b😀');
let out = ''; for (const b of bytes) out += s.decode(new Uint8Array([b]), { stream: true }); out += s.decode();
console.log(out, JSON.stringify(s.decode(new Uint8Array([0xe2, 0x82]))));
try { new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff])); } catch (e) { console.log(e.name, e.code, e.message); }
try { new TextDecoder('klingon'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(new TextDecoder('latin1').encoding, new TextDecoder('latin1').decode(new Uint8Array([0x41, 0xe9, 0x80])));
console.log(new TextDecoder('utf-16le').decode(new Uint8Array([0x41, 0, 0x3d, 0xd8, 0, 0xde])), new TextDecoder('UTF8').encoding);
console.log(td.decode(new Uint16Array([0x4241]).buffer), td.decode(new DataView(te.encode('dv').buffer)), td.fatal, td.ignoreBOM);
console.log(td, te);
console.log(require('util').toUSVString('a\ud83d\ude00b\udc00'))
