package runtime

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/evanw/esbuild/pkg/api"
)

func lowerForTest(t testing.TB, src string) string {
	t.Helper()
	res := api.Transform(src, api.TransformOptions{Loader: api.LoaderJS, Target: api.ESNext, Supported: gojaSupported, LogLevel: api.LogLevelSilent})
	if len(res.Errors) > 0 {
		t.Fatal(res.Errors[0].Text)
	}
	return string(res.Code)
}

// TestRewriteAsyncGenerators checks which lowered functions are marked and
// how, and that the rewritten code still compiles and keeps its lines.
func TestRewriteAsyncGenerators(t *testing.T) {
	cases := []struct {
		name, src string
		want      []string // substrings of the rewritten code
		not       []string // substrings it must not have
	}{
		{"none", "function f() { return 1 }", nil, []string{asyncGenName}},
		{"declaration", "async function* g() {}", []string{asyncGenName + ".mark(g);", asyncGenName + ".create(g, "}, nil},
		// esbuild renames a parameter that shadows the function.
		{"parameter named like the function", "async function* g(g) {}", []string{asyncGenName + ".mark(g);", asyncGenName + ".create(g, "}, nil},
		{"anonymous expression", "const h = async function* () {}", []string{"function " + asyncGenSelf + "(", `, "h")`}, nil},
		{"named expression", "const h = async function* inner() {}", []string{asyncGenName + ".mark(function inner(", asyncGenName + ".create(inner, "}, nil},
		{"object method", "const o = { async *m() {} }", []string{"m: " + asyncGenName + ".mark(function " + asyncGenSelf, `, "m")`}, nil},
		{"computed object method", "const o = { async *[k]() {} }", []string{"[" + asyncGenName + ".key(k)]", asyncGenName + ".takeKey()"}, nil},
		{"__proto__ method stays a method", "const o = { async *__proto__() {} }", []string{"__proto__() {", asyncGenName + ".create(null, "}, []string{".mark("}},
		{"class methods", "class C { async *m() {} static async *[k]() {} }", []string{`markMethod(this.prototype, "m")`, asyncGenName + ".classKey(k, true, "}, nil},
		{"plain generator untouched", "function* g() { yield 1 }", nil, []string{asyncGenName}},
	}
	for _, c := range cases {
		lowered := lowerForTest(t, c.src)
		out, changed := rewriteAsyncGenerators(lowered)
		if changed != (out != lowered) {
			t.Errorf("%s: changed=%v disagrees with the output", c.name, changed)
		}
		for _, w := range c.want {
			if !strings.Contains(out, w) {
				t.Errorf("%s: %q missing from\n%s", c.name, w, out)
			}
		}
		for _, n := range c.not {
			if strings.Contains(out, n) {
				t.Errorf("%s: %q present in\n%s", c.name, n, out)
			}
		}
		if strings.Count(out, "\n") != strings.Count(lowered, "\n") {
			t.Errorf("%s: line count changed", c.name)
		}
		if _, err := goja.Compile(c.name, "(function ("+asyncGenName+", k) {"+out+"\n})", false); err != nil {
			t.Errorf("%s: rewritten code does not compile: %v\n%s", c.name, err, out)
		}
	}
}

// BenchmarkRewriteAsyncGenerators measures the rewrite of a large module
// holding one lowered async generator.
func BenchmarkRewriteAsyncGenerators(b *testing.B) {
	src := lowerForTest(b, "async function* g() { yield 1 }\n"+strings.Repeat("function f(a, b) { return { x: [a, b].map((v) => v * 2), y: `t${a}` }; }\n", 5000))
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		rewriteAsyncGenerators(src)
	}
}
