// URL setters: each component, with the inputs the standard ignores.
const set = (href, name, value) => {
  const u = new URL(href);
  try {
    u[name] = value;
    console.log(JSON.stringify([href, name, value]), u.href);
  } catch (e) {
    console.log(JSON.stringify([href, name, value]), 'ERR', e.code, e.message);
  }
};
set('http://x/', 'href', 'https://y/z');
set('http://x/', 'href', 'not a url');
set('http://x/', 'protocol', 'https');
set('http://x/', 'protocol', 'ftp:');
set('http://x/', 'protocol', 'foo');
set('foo://x/', 'protocol', 'http');
set('http://x:80/', 'protocol', 'ws');
set('https://x:80/', 'protocol', 'http');
set('http://u@x/', 'protocol', 'file');
set('file:///x', 'protocol', 'http');
set('http://x/', 'protocol', '1http');
set('http://x/', 'username', 'us er@:');
set('http://x/', 'password', 'p@ss:w/rd');
set('file:///x', 'username', 'u');
set('http://x/', 'host', 'y.com:99');
set('http://x/', 'host', 'y.com:abc');
set('http://x:1/', 'host', 'z');
set('http://x/', 'host', '');
set('foo://x/', 'host', '');
set('http://x/', 'hostname', 'y.com:99');
set('http://x/', 'hostname', '[::1]');
set('http://x/', 'hostname', 'a b');
set('mailto:a@b', 'host', 'x');
set('http://x/', 'port', '8080');
set('http://x/', 'port', '80');
set('http://x:1/', 'port', '');
set('http://x/', 'port', '99999');
set('http://x/', 'port', '12ab');
set('http://x/', 'port', 'ab');
set('file:///x', 'port', '1');
set('http://x/a', 'pathname', '/b c/../d?#');
set('http://x/a', 'pathname', 'rel');
set('foo://x/a', 'pathname', 'rel');
set('mailto:a@b', 'pathname', 'c');
set('http://x/a', 'search', 'q=1 2#');
set('http://x/a?z', 'search', '');
set('http://x/a', 'search', '?');
set('http://x/a', 'hash', 'h 1`');
set('http://x/a#z', 'hash', '');
set('http://x/a', 'hash', '#');
set('http://x/', 'origin', 'http://y/');
