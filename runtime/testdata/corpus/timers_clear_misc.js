clearTimeout(undefined); clearTimeout(null); clearTimeout({}); clearInterval('x'); clearImmediate(undefined);
const im = setImmediate(() => console.log('never'));
clearImmediate(im);
const t = setTimeout(() => console.log('never2'), 1);
t.close();
let n = 0;
// The count is read after the interval cleared itself, so machine load
// cannot let another timer run first.
const iv = setInterval(function () {
  n++;
  if (n === 2) {
    clearInterval(this);
    console.log('this is timer', this === iv);
    setTimeout(() => console.log('n', n), 5);
  }
}, 1);
