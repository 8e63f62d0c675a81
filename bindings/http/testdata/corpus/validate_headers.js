// http.validateHeaderName and validateHeaderValue.
const http = require('http');
const tries = [
  () => http.validateHeaderName('x-good'),
  () => http.validateHeaderName('bad name'),
  () => http.validateHeaderName(''),
  () => http.validateHeaderName('bad:colon'),
  () => http.validateHeaderValue('x', 'fine value'),
  () => http.validateHeaderValue('x', undefined),
  () => http.validateHeaderValue('x', 'a\r\nb'),
  () => http.validateHeaderValue('x', 'tab\tok'),
  () => http.validateHeaderValue('x', 123),
];
for (const t of tries) {
  try {
    console.log('ok', t());
  } catch (e) {
    console.log(e.name, e.code, e.message, e instanceof TypeError);
  }
}
