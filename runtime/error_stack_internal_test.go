package runtime

import "testing"

// TestParseGojaFrame reads the frame lines goja writes in an error's
// stack text.
func TestParseGojaFrame(t *testing.T) {
	for _, c := range []struct {
		in   string
		want stackSite
		ok   bool
	}{
		{"f (/tmp/a.js:1:23(3))", stackSite{"f", "/tmp/a.js", 1, 23}, true},
		{"Object.<anonymous> (/tmp/a.js:3:12(14))", stackSite{"Object.<anonymous>", "/tmp/a.js", 3, 12}, true},
		{"/tmp/a.js:2:51(3)", stackSite{"", "/tmp/a.js", 2, 51}, true},
		{"file:///tmp/m.mjs:2:13(23)", stackSite{"", "file:///tmp/m.mjs", 2, 13}, true},
		{"g (/tmp/dir (1)/b.js:10:5(7))", stackSite{"g", "/tmp/dir (1)/b.js", 10, 5}, true},
		{"runTask (node:internal/bootstrap:307:9(3))", stackSite{"runTask", "node:internal/bootstrap", 307, 9}, true},
		{"map (native)", stackSite{}, false},
		{"github.com/jsproc/jsproc/runtime.(*Runtime).installGlobals.func6 (native)", stackSite{}, false},
		{"garbage", stackSite{}, false},
	} {
		got, ok := parseGojaFrame(c.in)
		if ok != c.ok || (ok && got != c.want) {
			t.Errorf("parseGojaFrame(%q) = %+v, %v; want %+v, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

// TestSitesSkipsHostFramesAndLimits keeps the script's frames of goja's
// text, at most the limit of them.
func TestSitesSkipsHostFramesAndLimits(t *testing.T) {
	r := &Runtime{}
	text := "Error: x\n" +
		"\tat Error (native)\n" +
		"\tat f (/tmp/a.js:1:23(3))\n" +
		"\tat helper (node:internal/errors:5:1(2))\n" +
		"\tat /tmp/a.js:2:5(9)\n" +
		"\tat Object.<anonymous> (/tmp/a.js:3:12(14))\n" +
		"\tat runTask (node:internal/bootstrap:307:9(3))\n"
	got := r.sites(&pendingStack{goja: text, limit: 2})
	want := []stackSite{{"f", "/tmp/a.js", 1, 23}, {"", "/tmp/a.js", 2, 5}}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Fatalf("sites = %+v, want %+v", got, want)
	}
	// A message with a line of its own is not taken for frames.
	got = r.sites(&pendingStack{goja: "Error: two\nlines\n\tat f (/tmp/a.js:1:2(3))\n", limit: 10})
	if len(got) != 1 || got[0].name != "f" {
		t.Fatalf("sites = %+v", got)
	}
}
