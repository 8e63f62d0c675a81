// Url objects: mutate a parsed URL and format it again; the prototype
// methods on plain and parsed objects.
const url = require('url');
const u = url.parse('http://user@example.com:8080/a/b?x=1#frag', true);
u.query.y = ['2', '3'];
delete u.search;
u.search = null;
console.log(url.format(u));
u.host = null;
u.hostname = 'other.org';
u.port = '99';
console.log(u.format());
u.pathname = 'no/leading/slash';
console.log(u.format());
u.protocol = 'ftp';
u.hash = 'h2';
console.log(u.format());
const v = new url.Url();
console.log(v.format() === '', JSON.stringify(v));
v.parse('//x/y', false, true);
console.log(v.host, v.pathname, v.href);
console.log(u.resolve('../z'), JSON.stringify(u.resolveObject('?q')));
console.log(url.format(Object.assign(new url.Url(), { protocol: 'https', hostname: 'h', pathname: '/p' })));
