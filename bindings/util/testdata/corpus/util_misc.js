const util = require('util');
console.log(JSON.stringify(util.styleText('red','x')), JSON.stringify(util.styleText(['bold','underline'],'x')));
try { util.styleText('nope','x') } catch(e) { console.log(e.code, e.message) }
try { util.styleText('red',1) } catch(e) { console.log(e.code, e.message) }
console.log(util.isPrimitive(null), util.isObject(null), util.isError(new TypeError()));
try { util.promisify(1) } catch(e) { console.log(e.code, e.message) }
const cbf = util.callbackify(async (a)=>a*2); console.log(cbf.name, cbf.length); cbf(2,(e,v)=>console.log('cb',e,v));
util.callbackify(()=>Promise.reject(null))((e)=>console.log(e.code, e.message, e.reason));
console.log(util.inspect.defaultOptions);
console.log(util._extend({a:1},{b:2}));
const td = new util.TextDecoder(); console.log(td.encoding, td.fatal, td.ignoreBOM, td);
try { new util.TextDecoder('nope') } catch(e) { console.log(e.name, e.code, e.message) }
try { new util.TextDecoder('utf-8',{fatal:true}).decode(new Uint8Array([0xff])) } catch(e) { console.log(e.name, e.code, e.message) }
console.log(JSON.stringify(new util.TextDecoder().decode(new Uint8Array([0xe2,0x82,0x41,0xf0,0x9f,0x98]))));
const te = new util.TextEncoder(); console.log(te, te.encode('h€'), te.encodeInto('h€😀', new Uint8Array(5)));
console.log(util.types.isBoxedPrimitive(Object(1n)), util.types.isProxy(new Proxy({},{})));
