// When Blob's promises settle among other promise jobs, ticks and timers.
const log = (m) => console.log(m);
const b = new Blob(['abc']);
b.text().then(() => log('text'));
b.arrayBuffer().then(() => log('arrayBuffer'));
b.bytes().then(() => log('bytes'));
setImmediate(() => log('immediate'));
setTimeout(() => log('timeout'), 0);
Promise.resolve().then(() => log('micro')).then(() => log('micro2')).then(() => log('micro3')).then(() => log('micro4'));
process.nextTick(() => log('tick'));
new Blob([]).text().then(() => log('empty text'));
const b5 = new Blob(['a','b','c','d','e']);
b5.text().then(() => log('text3'));
b5.arrayBuffer().then(() => log('arrayBuffer3'));
b5.slice(0, 1).bytes().then(() => log('bytes1'));
Promise.resolve().then(() => log('micro')).then(() => log('micro2')).then(() => log('micro3')).then(() => log('micro4')).then(() => log('micro5')).then(() => log('micro6')).then(() => log('m7')).then(() => log('m8')).then(() => log('m9')).then(() => log('m10')).then(() => log('m11'));
try { Blob.prototype.bytes.call({}); } catch (e) { log('bytes threw ' + e.code); }
Blob.prototype.arrayBuffer.call({}).catch((e) => log('ab rejected ' + e.code));
