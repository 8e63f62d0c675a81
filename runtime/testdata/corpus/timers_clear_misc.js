clearTimeout(undefined); clearTimeout(null); clearTimeout({}); clearInterval('x'); clearImmediate(undefined);
const im = setImmediate(() => console.log('never'));
clearImmediate(im);
const t = setTimeout(() => console.log('never2'), 1);
t.close();
let n = 0;
const iv = setInterval(function () { n++; if (n === 2) { clearInterval(this); console.log('this is timer', this === iv); } }, 1);
setTimeout(() => console.log('n', n), 30);
