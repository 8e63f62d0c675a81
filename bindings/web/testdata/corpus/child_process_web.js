// Child process pipes as web streams: toWeb over stdout and stdin, text
// decoding and encoding streams, and a Blob piped into a child.
const { spawn } = require('child_process');
const { Readable, Writable } = require('stream');
const { text } = require('stream/consumers');
(async () => {
  const child = spawn('sh', ['-c', 'printf "line1\\nline2\\n"; exit 3']);
  const web = Readable.toWeb(child.stdout);
  const dec = web.pipeThrough(new TextDecoderStream());
  let all = '';
  for await (const s of dec) all += s;
  console.log(JSON.stringify(all));
  const code = await new Promise((r) => child.on('close', r));
  console.log('code', code);
  const cat = spawn('cat');
  const sink = Writable.toWeb(cat.stdin);
  const outP = text(cat.stdout);
  await ReadableStream.from(['a', 'b', 'c']).pipeThrough(new TextEncoderStream()).pipeTo(sink);
  console.log(await outP);
  const b = new Blob(['from blob']);
  const c2 = spawn('cat');
  const p2 = text(c2.stdout);
  await b.stream().pipeTo(Writable.toWeb(c2.stdin));
  console.log(await p2);
})();
