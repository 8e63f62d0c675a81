// stdin: hello\nworld\n
let got = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => { got += d; });
process.stdin.on('end', () => console.log('end', JSON.stringify(got)));
process.stdin.on('close', () => console.log('close'));
