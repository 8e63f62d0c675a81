package runtime

import (
	"reflect"
	"testing"
)

// TestLexCJS checks the export detection on the patterns node's lexer
// documents; the corpus checks the same against node itself.
func TestLexCJS(t *testing.T) {
	cases := []struct {
		src       string
		names     []string
		reexports []string
	}{
		{"exports.a = 1; module.exports.b = 2; exports['c-d'] = 3; exports.e == 4; x.exports.f = 5;", []string{"a", "b", "c-d"}, nil},
		{"module.exports = { a, b: c, 'd': e, f: 1, g };", []string{"a", "b", "d"}, nil},
		{"module.exports = { a: u(a), b };", []string{"a"}, nil},
		{"module.exports = { a: x.y, b: c , d };", []string{"a"}, nil},
		{"module.exports = { a: x, b: c , d };", []string{"a", "b"}, nil},
		{"module.exports = { ...require('./x'), a, ...rest };", []string{"a"}, []string{"./x"}},
		{"module.exports = require('./a'); if (x) module.exports = require('./b');", nil, []string{"./b"}},
		{"Object.defineProperty(exports, 'a', { enumerable: true, get: function () { return m.a; } });" +
			"Object.defineProperty(exports, 'b', { value: 1 });" +
			"Object.defineProperty(exports, 'c', { enumerable: false, get() { return c; } });" +
			"Object.defineProperty(module.exports, '__esModule', { value: true });", []string{"a", "b", "__esModule"}, nil},
		{"0 && (module.exports = {\n  greet,\n  version\n});", []string{"greet", "version"}, nil},
		{"__exportStar(require(\"./x\"), exports); tslib_1.__exportStar(require('./y'), exports); function f() { __exportStar(require('./z'), exports); }", nil, []string{"./x", "./y"}},
		{"var _x = require(\"./x\");\nObject.keys(_x).forEach(function (key) { exports[key] = _x[key]; });", nil, []string{"./x"}},
		{"/* exports.a = 1 */ const s = 'exports.b = 2'; const r = /exports.c = 3/; `exports.d = ${exports.e = 1}`;", []string{"e"}, nil},
	}
	for _, c := range cases {
		got := lexCJS(c.src)
		if !reflect.DeepEqual(got.names, c.names) || !(len(got.reexports) == 0 && len(c.reexports) == 0 || reflect.DeepEqual(got.reexports, c.reexports)) {
			t.Errorf("%q:\n got names %q reexports %q\nwant names %q reexports %q", c.src, got.names, got.reexports, c.names, c.reexports)
		}
	}
}
