// Request and Response: constructors, defaults, clone, static helpers.
(async () => {
  const req = new Request('http://example.test/a?b=1', { method: 'post', body: 'hi', headers: { 'X-A': '1' } });
  console.log(req.url, req.method, req.headers.get('x-a'), req.headers.get('content-type'), req.redirect, req.signal instanceof AbortSignal);
  const copy = req.clone();
  console.log(await req.text(), await copy.text(), req.bodyUsed);
  const r2 = new Request(req.url, { method: 'patch' });
  console.log(r2.method, r2.body);
  const res = new Response('body text', { status: 201, statusText: 'Made', headers: { 'X-R': 'r' } });
  console.log(res.status, res.statusText, res.ok, res.headers.get('x-r'), res.headers.get('content-type'), res.type, res.url);
  const rc = res.clone();
  console.log(await res.text(), await rc.text());
  const j = Response.json({ a: 1 }, { status: 202 });
  console.log(j.status, j.headers.get('content-type'), await j.json());
  const e = Response.error();
  console.log(e.status, e.type, e.ok);
  const rd = Response.redirect('http://example.test/x', 301);
  console.log(rd.status, rd.headers.get('location'));
  for (const bad of [() => new Response('x', { status: 99 }), () => new Response('x', { status: 204 }), () => Response.redirect('http://example.test/', 200), () => new Request('http://example.test/', { method: 'GET', body: 'x' })]) {
    try { bad(); console.log('no error'); } catch (err) { console.log(err.name, err.message); }
  }
  const empty = new Response();
  console.log(empty.body, await empty.text());
  const bytes = new Response(new Uint8Array([104, 105]));
  console.log(await bytes.text());
  const fromBlob = new Response(new Blob(['blob data'], { type: 'text/x-blob' }));
  console.log(fromBlob.headers.get('content-type'), await fromBlob.text());
})();
