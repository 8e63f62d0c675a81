// FormData's API, and a form posted with fetch as multipart.
const http = require('http');
const fd = new FormData();
fd.append('a', '1');
fd.append('a', '2');
fd.set('b', 'x');
fd.append('file', new Blob(['file body'], { type: 'text/plain' }), 'note.txt');
console.log(fd.get('a'), fd.getAll('a'), fd.has('b'), fd.has('c'), [...fd.keys()]);
console.log(fd.get('file').name, fd.get('file').size, fd.get('file') instanceof File);
fd.delete('a');
console.log([...fd.keys()]);
try { fd.append('only'); } catch (e) { console.log(e.name, e.message); }
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    const type = req.headers['content-type'];
    const boundary = type.split('boundary=')[1];
    console.log(type.split(';')[0]);
    console.log(body.split('--' + boundary).map((p) => p.trim()).filter(Boolean));
    res.end('ok');
  });
});
server.listen(0, '127.0.0.1', async () => {
  const r = await fetch(`http://127.0.0.1:${server.address().port}/`, { method: 'POST', body: fd });
  console.log(await r.text());
  server.close();
});
