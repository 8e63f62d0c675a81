package testrunner_test

import (
	"context"
	"io"
	"testing"

	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/internal/jstest"
	"github.com/jsproc/jsproc/runtime"
)

// manyTests declares a thousand passing tests and a hundred suites of ten.
const manyTests = `
const { test, describe, it } = require('node:test');
const assert = require('node:assert');
for (let i = 0; i < 1000; i++) test('t' + i, () => { assert.strictEqual(i, i); });
for (let d = 0; d < 100; d++) describe('d' + d, () => { for (let i = 0; i < 10; i++) it('i' + i, async () => {}); });
`

// BenchmarkManyTests measures a runtime running 2,000 tests and writing
// their TAP report (JSPROC_JSPROFILE names a file for goja's profile).
func BenchmarkManyTests(b *testing.B) {
	b.ReportAllocs()
	mods := nodestd.All()
	defer jstest.JSProfile(b)()
	for i := 0; i < b.N; i++ {
		rt, err := runtime.New(runtime.Options{Stdout: io.Discard, Stderr: io.Discard, Modules: mods})
		if err != nil {
			b.Fatal(err)
		}
		code, err := rt.RunSource(context.Background(), "many.js", manyTests)
		if err != nil || code != 0 {
			b.Fatalf("exit %d: %v", code, err)
		}
	}
}
