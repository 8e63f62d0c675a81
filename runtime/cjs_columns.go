package runtime

import (
	"encoding/json"
	"path/filepath"
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"
	"github.com/dop251/goja/parser"
	"github.com/go-sourcemap/sourcemap"
)

// maxMappedFirstLine bounds the first lines parseCJS maps column by column:
// a longer one (a minified bundle) keeps the wrapper's offset rather than
// pay a mapping per byte.
const maxMappedFirstLine = 8 << 10

// parseCJS parses a CommonJS module wrapped in node's module function. The
// wrapper shares the file's first line, so that line numbers are the
// file's; a source map moves the positions on that line back by the
// wrapper's length, so that columns there are the file's too.
func parseCJS(filename, src string) (*ast.Program, error) {
	prg, err := goja.Parse(filename, cjsWrapperStart+src+"\n})", parser.WithDisableSourceMaps)
	if err != nil {
		return nil, err
	}
	nameModuleFunction(prg)
	if m := firstLineMap(filename, src, len(cjsWrapperStart)); m != nil {
		prg.File.SetSourceMap(m)
	}
	return prg, nil
}

// firstLineMap returns a source map taking each column of the first line of
// the wrapped code past a prefix of width bytes back to the column of src,
// and leaving the other lines unmapped (goja reports them as they are). It
// returns nil when the first line is empty or too long to map, or when
// goja would not report the file's name unchanged through a map.
func firstLineMap(filename, src string, width int) *sourcemap.Consumer {
	n := strings.IndexAny(src, "\r\n\u2028\u2029")
	if n < 0 {
		n = len(src)
	}
	if n == 0 || n > maxMappedFirstLine || !hasCode(src[:n]) {
		return nil
	}
	base := filepath.Base(filename)
	if u := file.ResolveSourcemapURL(filename, base); u == nil || u.String() != filename {
		return nil
	}
	// goja looks columns up 1-based and reports the mapped column as it
	// is, so generated column width+j maps to column j.
	var b strings.Builder
	b.Grow(8 + 5*n)
	b.WriteString(vlq(width + 1))
	b.WriteString("AAC")
	for j := 2; j <= n+1; j++ {
		b.WriteString(",CAAC")
	}
	data, err := json.Marshal(map[string]any{
		"version":  3,
		"sources":  []string{base},
		"mappings": b.String(),
	})
	if err != nil {
		return nil
	}
	m, err := sourcemap.Parse(filename, data)
	if err != nil {
		return nil
	}
	return m
}

// vlq encodes an integer as a source map's base64 VLQ.
func vlq(v int) string {
	const digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	u := v << 1
	if v < 0 {
		u = (-v)<<1 | 1
	}
	var b []byte
	for {
		d := u & 31
		u >>= 5
		if u > 0 {
			d |= 32
		}
		b = append(b, digits[d])
		if u == 0 {
			return string(b)
		}
	}
}

// hasCode reports whether a first line may hold a position the engine
// reports (a token an error or a call can be at): false for a line that
// is only a line comment, or only the "use strict"; directive (which can
// neither throw nor call) and perhaps a comment after it. Most scripts
// begin so, and need no map then.
func hasCode(line string) bool {
	rest := strings.TrimLeft(line, " \t")
	for _, d := range []string{"'use strict'", `"use strict"`} {
		// With its semicolon: without, the next line may continue the
		// statement ('use strict'\n(f)() calls the string).
		after, ok := strings.CutPrefix(rest, d)
		if !ok {
			continue
		}
		after = strings.TrimLeft(after, " \t")
		if after, ok = strings.CutPrefix(after, ";"); ok {
			rest = strings.TrimLeft(after, " \t")
		}
		break
	}
	return rest != "" && !strings.HasPrefix(rest, "//")
}
