// How URL and URLSearchParams print, alone and nested.
const util = require('util');
const u = new URL('https://user:pw@example.com:8080/p/a/t/h?query=string&a=1#hash');
console.log(u);
console.log(u.searchParams);
console.log({ nested: { url: new URL('http://x/') } });
console.log([new URLSearchParams('a=1&b=%20two')]);
console.log(util.inspect(new URLSearchParams('x=' + 'y'.repeat(70) + '&z=' + 'w'.repeat(70))));
console.log(new URLSearchParams());
console.log(String(u), `${u.searchParams}`);
console.log(util.inspect(u, { depth: 0 }));
console.log(JSON.stringify(u), JSON.stringify(u.searchParams));
