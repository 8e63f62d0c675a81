// The http2 module's shape: constants, default settings, methods that
// are not available, bad arguments.
const http2 = require('http2');
const c = http2.constants;
console.log(Object.keys(c).length, c.HTTP2_HEADER_STATUS, c.HTTP2_HEADER_CONTENT_TYPE, c.HTTP2_METHOD_GET,
  c.HTTP_STATUS_OK, c.HTTP_STATUS_NOT_FOUND, c.NGHTTP2_CANCEL, c.NGHTTP2_FLAG_END_STREAM, c.NGHTTP2_SESSION_CLIENT);
console.log(http2.getDefaultSettings());
console.log(typeof http2.sensitiveHeaders);
try { http2.connect('ftp://127.0.0.1:1'); } catch (e) { console.log(e.code, e.message); }
try { http2.connect(42); } catch (e) { console.log(e.code); }
