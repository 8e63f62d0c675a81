// stdin: x\ny\nz\n
(async () => {
  let s = '';
  for await (const chunk of process.stdin) s += chunk;
  console.log(JSON.stringify(s), Buffer.isBuffer(Buffer.from(s)));
})();
