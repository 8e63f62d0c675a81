package runtime

import (
	"fmt"
	"strings"
)

// exportVarDecl finds the variables esbuild declares for exports it
// re-binds: `var export_NAME = ...;` at the start of a line.
var exportVarDecl = lazyRegexp(`(?m)^var (export_.*?) = `)

// fixExportVarNames renames the variables esbuild names after a string
// export name that is not an identifier. For `import x from './a.js';
// export { x as 'module.exports' }` (the form packages use for node's
// require of an ES module) esbuild declares `var export_module.exports`,
// which is not JavaScript. Each such name becomes an identifier of its own,
// everywhere it appears in the output.
func fixExportVarNames(body string) string {
	ms := exportVarDecl().FindAllStringSubmatch(body, -1)
	n := 0
	for _, m := range ms {
		name := m[1]
		if isIdentifier(name) {
			continue
		}
		var b strings.Builder
		for i := 0; i < len(name); i++ {
			if c := name[i]; isIdentPart(c) {
				b.WriteByte(c)
			} else {
				b.WriteByte('_')
			}
		}
		fmt.Fprintf(&b, "$%d", n)
		n++
		body = strings.ReplaceAll(body, name, b.String())
	}
	return body
}

// isIdentifier reports whether s is an ASCII JavaScript identifier; names
// with other characters are treated as not being one, which is safe for
// fixExportVarNames (renaming a valid name changes nothing observable).
func isIdentifier(s string) bool {
	if s == "" || !isIdentStart(s[0]) {
		return false
	}
	for i := 1; i < len(s); i++ {
		if !isIdentPart(s[i]) {
			return false
		}
	}
	return true
}
