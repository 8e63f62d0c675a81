process.on('exit', () => {
  process.nextTick(() => console.log('never'));
  setTimeout(() => console.log('never either'), 0);
  console.log('in exit');
});
