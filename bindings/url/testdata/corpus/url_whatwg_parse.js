// WHATWG URL parsing: special and opaque schemes, hosts, paths, relative
// references and failures.
const cases = [
  'http://x/a^b|c{d}e', "http://x/?a^b'c", "foo://x/?a'b", 'http://x/#a^b`c{', 'http://u^|:p@x/', 'foo:a b^c',
  'http://x/%2e/%2E%2e/y', 'file:///C:/../x', 'file://C:/x', 'http://0x7f.1/', 'http://[::ffff:1.2.3.4]/',
  'http://[1:0:0:2:0:0:0:3]/', 'http://[0:0:0:0:0:0:0:0]/', 'http://[::]/', 'http://[1::]/', 'http://[::1:2]/', 'sc://ü/x', 'sc://a b/', 'http://a.b.c.09/', 'non-spec:/.//p',
  'blob:https://a.com/uuid', 'blob:foo', 'javascript:alert(1) ', 'http://x:080/', 'https://x:443/', 'HTTP://X.com./',
  'http://%41.com/', 'http://x.com%2F/', 'http://1.2.3.256/', 'http://4294967295/', 'http://4294967296/', 'http://0300.0250.0.1/',
  '  \t http://a\n.com/b\tc  ', 'http://x:65535/', 'http://x:65536/', 'http://x:1a/', 'http://@x/', 'http://a@/', 'http://:@x/',
  'http://user:pa:ss@x/', 'http://a@b@c/', 'http:\\\\x\\y\\z', 'http:x/y', 'http:/x/y', 'https://xn--tda.com', 'https://ÜBER.de/',
  'http://x/a/./b/../c/', 'http://x/a/..', 'http://x/.', 'http://x/%2e%2E', 'file:///a/b/../../..', 'file:.', 'file:', 'file://host/x',
  'file://localhost/x', 'file:///c|/x', 'mailto:x@y.z?subject=hi#frag', 'data:text/plain,hello world', 'urn:isbn:123',
  'ws://x/', 'wss://x:443/', 'ftp://x:21/', 'gopher://x:70/', 'x:', 'x:/', 'x://', 'x:///', 'http://', 'http:///x', 'about:blank',
  'http://x/?#', 'http://x/?q=a b&c="d"#e f', 'http://x/p?a=%zz', 'http://[::1%eth0]/', 'http://[1.2.3.4]/', 'http://[::1.2.3.4]/', 'http://x/\u{1F600}',
  'http://a\u200Bb.com/', 'http://xn--/', 'http://a..b/', 'http://0/', 'http://0.0.0.0.0/', 'http://1.2.3.4./', 'http://1.2.3.4../',
];
for (const s of cases) {
  try {
    const u = new URL(s);
    console.log(JSON.stringify(s), JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]));
  } catch (e) {
    console.log(JSON.stringify(s), 'ERR', e.name, e.code, e.message, e.input);
  }
}
