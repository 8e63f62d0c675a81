// stdin: first chunk\n
process.stdin.once('data', (d) => {
  console.log('data', JSON.stringify(d.toString()));
  process.stdin.pause();
  setTimeout(() => console.log('paused, loop ends'), 5);
});
