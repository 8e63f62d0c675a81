let n = 0;
const iv = setInterval(() => { n++; }, 1);
iv.unref();
setTimeout(() => { console.log('ran', n >= 1); }, 20);
process.on('exit', () => console.log('exit'));
