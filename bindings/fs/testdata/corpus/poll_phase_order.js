// fs callbacks arrive in the poll phase: after them, immediates run before
// timers.
const fs = require('fs');
fs.stat(__filename, (err, st) => {
  console.log('stat', err, st.isFile());
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('tick'));
  Promise.resolve().then(() => console.log('microtask'));
  setTimeout(() => {
    fs.readFile(__filename, () => {
      console.log('readFile');
      setTimeout(() => console.log('timeout 2'), 0);
      setImmediate(() => console.log('immediate 2'));
    });
  }, 5);
});
console.log('sync');
