// The URL globals are node:url's classes, in ES modules too.
import url, { URL as U, URLSearchParams as P, fileURLToPath, pathToFileURL, parse, format, resolve } from 'node:url';
console.log(U === URL, P === URLSearchParams, url.URL === URL);
console.log(fileURLToPath(import.meta.url).endsWith('url_globals.mjs'));
console.log(pathToFileURL(fileURLToPath(import.meta.url)).href === import.meta.url);
console.log(new URL('./_data/x.txt', import.meta.url).href.endsWith('/corpus/_data/x.txt'));
console.log(new URL('.', import.meta.url).href.endsWith('/corpus/'));
console.log(parse('http://a/b?c').query, format({ protocol: 'http', host: 'a' }), resolve('http://a/b/c', '../d'));
console.log(typeof url.urlToHttpOptions, typeof url.domainToASCII, Object.keys(url).length);
