const start = Date.now();
let refreshed = 0;
const t = setTimeout(() => {
  const elapsed = Date.now() - start;
  console.log('fired after refresh', refreshed, elapsed >= 40);
}, 30);
const iv = setInterval(() => {
  if (refreshed < 2) { t.refresh(); refreshed++; } else clearInterval(iv);
}, 10);
console.log(t.hasRef(), typeof t.ref, typeof t.unref);
t.unref(); console.log(t.hasRef()); t.ref(); console.log(t.hasRef());
