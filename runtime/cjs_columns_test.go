package runtime

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// TestParseCJSFirstLineColumns checks that positions on the first line of a
// wrapped module are the file's columns and that other lines are untouched.
func TestParseCJSFirstLineColumns(t *testing.T) {
	cases := []struct {
		src       string
		line, col int
	}{
		{"throw new Error('x')", 1, 7},
		{"let a = 1; throw new Error('x')", 1, 18},
		{"let a = 1;\r\n  throw new Error('x')", 2, 9},
		{"\n\nthrow new Error('x')", 3, 7},
		{"'use strict'; throw new Error('x')", 1, 21},
		{"'use strict'; // c\nthrow new Error('x')", 2, 7},
		{"'use strict'\n(1)()", 2, 1},
		{"// c\n  throw new Error('x')", 2, 9},
		{"'use strict'\nthrow new Error('x')", 2, 7},
		{"/* c */ throw new Error('x')", 1, 15},
		{strings.Repeat(" ", maxMappedFirstLine+1) + "throw new Error('x')", 1, maxMappedFirstLine + 8 + len(cjsWrapperStart)},
	}
	for _, c := range cases {
		ast, err := parseCJS("/m.js", c.src)
		if err != nil {
			t.Fatal(err)
		}
		prg, err := goja.CompileAST(ast, false)
		if err != nil {
			t.Fatal(err)
		}
		vm := goja.New()
		fn, err := vm.RunProgram(prg)
		if err != nil {
			t.Fatal(err)
		}
		call, _ := goja.AssertFunction(fn)
		_, err = call(goja.Undefined())
		ex, ok := err.(*goja.Exception)
		if !ok {
			t.Fatalf("%q: got %v, want an exception", c.src, err)
		}
		p := ex.Stack()[0].Position()
		if p.Filename != "/m.js" || p.Line != c.line || p.Column != c.col {
			t.Errorf("%.40q: position %s, want /m.js:%d:%d", c.src, p, c.line, c.col)
		}
	}
}

// TestFirstLineMapSkipsNamesAURLWouldChange checks that a file whose name a
// source map would report differently (escaped) keeps goja's own positions.
func TestFirstLineMapSkipsNamesAURLWouldChange(t *testing.T) {
	if firstLineMap("/tmp/a b.js", "x", 3) != nil {
		t.Error("a name with a space was mapped")
	}
	if firstLineMap("/tmp/ab.js", "x", 3) == nil {
		t.Error("a plain absolute name was not mapped")
	}
}

// TestFirstLineMapSkipsLinesWithoutCode checks that a first line no
// position can be on (a comment, the "use strict" directive) gets no map,
// and that one with code does.
func TestFirstLineMapSkipsLinesWithoutCode(t *testing.T) {
	for _, src := range []string{"// a comment\nx", "  'use strict';\nx", `"use strict"; // c`, "'use strict';  "} {
		if firstLineMap("/tmp/ab.js", src, 3) != nil {
			t.Errorf("%q: mapped", src)
		}
	}
	for _, src := range []string{"'use strict'; x", "x // c", "/* c */ x", "'use strict'.length", "'use strict'"} {
		if firstLineMap("/tmp/ab.js", src, 3) == nil {
			t.Errorf("%q: not mapped", src)
		}
	}
}
