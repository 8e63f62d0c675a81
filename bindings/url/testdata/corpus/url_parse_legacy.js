// url.parse: node's legacy parser on typical and odd inputs.
const url = require('url');
const cases = [
  'http://user:pw@Host.COM:8080/p/a/t/h?query=string#hash',
  'HTTP://www.Example.com/',
  'http://x.com\\a\\b?c\\d#e\\f',
  '  \thttp://x.com/a b?c d#e f  \n',
  '/a b/c?d e',
  '/simple/path?x=1&y=2',
  '//not/a/host',
  '?only=query',
  '#only-hash',
  '',
  'mailto:a@b.com',
  'mailto:someone@example.com?subject=hi',
  'javascript:alert("hi there")',
  'file:///etc/passwd',
  'file://localhost/etc/hosts',
  'http://[::1]:3000/x',
  'http://[fe80::1%25eth0]/',
  'http://a b.com/',
  'http://a@b@c/',
  'http://a@b?@c',
  'http://a.com:/path',
  'http://ünicode.com/päth?q=ü#ä',
  'http://EXAMPLE.com.:80',
  'xmpp:isaacschlueter@jabber.org',
  'git+ssh://git@github.com:npm/cli.git',
  'http://x.com/a/../b/./c',
  'http://x.com?a=1',
  'http://x.com#frag',
  'www.example.com/path',
  'c:\\windows\\path',
  'http://%41@host/',
  'http://x.com/"<>`{|}^\'',
  'HTTPS://X.COM:443/A?B#C',
  'ws://x/y',
  'a.b+c-d://host/p',
  'http:/one/slash',
  'http:no/slash',
  'http://x.com/' + 'a'.repeat(10) + '?q',
  'http://' + 'h'.repeat(256) + '/',
  'http://_under_score.com/',
  'http://x.com:65536/',
];
for (const c of cases) {
  try {
    console.log(JSON.stringify(c), JSON.stringify(url.parse(c)));
  } catch (e) {
    console.log(JSON.stringify(c), 'ERR', e.name, e.code, e.message);
  }
}
