// urlToHttpOptions and domainToASCII/domainToUnicode.
const url = require('url');
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } };
t(() => url.urlToHttpOptions(new URL('https://u:p@a.com:99/a?b#c')));
t(() => url.urlToHttpOptions(new URL('http://%C3%BC:%20@x.com/')));
t(() => url.urlToHttpOptions(new URL('http://x.com')));
t(() => url.urlToHttpOptions(new URL('http://[::1]:8080/p')).hostname);
for (const d of ['español.com', 'xn--espaol-zwa.com', 'A.COM', 'a..b', 'ab--c.com', 'faß.de', 'Ⅷ.example', 'a_b.com', '', ' ', 'a b.com', 'xn--iñvalid.com', '1.2.3.4', 'ＡＢＣ．com', 'a\u200db.com', '\u0661.com']) {
  console.log(JSON.stringify(d), JSON.stringify(url.domainToASCII(d)), JSON.stringify(url.domainToUnicode(d)));
}
t(() => url.domainToASCII());
t(() => url.domainToUnicode());
t(() => url.domainToASCII(5));
