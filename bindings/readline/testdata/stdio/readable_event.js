// stdin: abc\ndef\n
const chunks = [];
process.stdin.on('readable', () => {
  let c;
  while ((c = process.stdin.read()) !== null) chunks.push(c.toString());
});
process.stdin.on('end', () => console.log('end', JSON.stringify(chunks.join(''))));
