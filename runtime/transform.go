package runtime

import (
	"crypto/sha256"
	"errors"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/dop251/goja"
	"github.com/evanw/esbuild/pkg/api"
)

// transformCache holds esbuild's output per (filename, source) for the life
// of the Go process, so that a script is never transformed twice.
var transformCache sync.Map // [32]byte -> string

// transformModule turns a module's source into CommonJS that goja runs:
// ESM to CommonJS, TypeScript stripped, and syntax goja lacks (async
// generators, for await) lowered. Plain CommonJS JavaScript that needs none
// of this is returned as is, with no esbuild call.
func (r *Runtime) transformModule(filename, src, format string) (string, error) {
	ext := filepath.Ext(filename)
	isTS := ext == ".ts" || ext == ".mts" || ext == ".cts" || ext == ".tsx"
	if format == "cjs" && !isTS && !needsLowering(src) {
		return src, nil
	}
	loader := api.LoaderJS
	switch ext {
	case ".ts", ".mts", ".cts":
		loader = api.LoaderTS
	case ".tsx":
		loader = api.LoaderTSX
	case ".jsx":
		loader = api.LoaderJSX
	}
	key := sha256.Sum256([]byte(filename + "\x00" + format + "\x00" + src))
	if out, ok := transformCache.Load(key); ok {
		return out.(string), nil
	}
	res := api.Transform(src, api.TransformOptions{
		Loader:            loader,
		Format:            api.FormatCommonJS,
		Platform:          api.PlatformNode,
		Sourcefile:        filename,
		Sourcemap:         api.SourceMapInline,
		Target:            api.ES2017,
		Supported:         gojaSupported,
		KeepNames:         true,
		LogLevel:          api.LogLevelSilent,
		TsconfigRaw:       `{"compilerOptions":{"useDefineForClassFields":true,"verbatimModuleSyntax":false}}`,
		SourcesContent:    api.SourcesContentExclude,
		LegalComments:     api.LegalCommentsNone,
		MinifyWhitespace:  false,
		MinifyIdentifiers: false,
	})
	if len(res.Errors) > 0 {
		return "", r.esbuildError(filename, res.Errors[0])
	}
	out := string(res.Code)
	transformCache.Store(key, out)
	return out, nil
}

// gojaSupported tells esbuild which syntax goja runs natively, so that only
// the rest is lowered.
var gojaSupported = map[string]bool{
	"arrow":                  true,
	"async-await":            true,
	"class":                  true,
	"class-field":            true,
	"class-private-field":    true,
	"class-private-method":   true,
	"class-static-field":     true,
	"const-and-let":          true,
	"default-argument":       true,
	"destructuring":          true,
	"exponent-operator":      true,
	"for-of":                 true,
	"generator":              true,
	"logical-assignment":     true,
	"nullish-coalescing":     true,
	"object-rest-spread":     true,
	"optional-catch-binding": true,
	"optional-chain":         true,
	"rest-argument":          true,
	"template-literal":       true,
	"async-generator":        false,
	"for-await":              false,
}

// needsLowering reports whether CommonJS source uses syntax goja lacks.
func needsLowering(src string) bool {
	return strings.Contains(src, "for await") || strings.Contains(src, "async function*") ||
		strings.Contains(src, "async *") || strings.Contains(src, "import(")
}

// transformEval prepares -e/-p source.
func (r *Runtime) transformEval(src string) (string, error) {
	if !needsLowering(src) {
		return src, nil
	}
	res := api.Transform(src, api.TransformOptions{Loader: api.LoaderJS, Target: api.ES2017, Supported: gojaSupported, LogLevel: api.LogLevelSilent})
	if len(res.Errors) > 0 {
		return "", r.esbuildError("[eval]", res.Errors[0])
	}
	return string(res.Code), nil
}

func (r *Runtime) esbuildError(filename string, m api.Message) error {
	msg := m.Text
	e := r.NodeError("SyntaxError", "", msg)
	if m.Location != nil {
		loc := m.Location
		e.Set("stack", "SyntaxError: "+msg+"\n    at "+filename+":"+strconv.Itoa(loc.Line)+":"+strconv.Itoa(loc.Column+1))
	}
	return &thrown{e}
}

// syntaxError turns goja's compile error into a JS SyntaxError whose stack
// names file:line:column.
func (r *Runtime) syntaxError(err error) error {
	if file, line, col, msg, ok := syntaxErrorPosition(err); ok {
		e := r.NodeError("SyntaxError", "", msg)
		e.Set("stack", "SyntaxError: "+msg+"\n    at "+file+":"+strconv.Itoa(line)+":"+strconv.Itoa(col))
		return &thrown{e}
	}
	return err
}

// thrown carries a JS value to throw through Go error returns.
type thrown struct{ val goja.Value }

func (t *thrown) Error() string { return t.val.String() }

// throwErr panics so that err reaches JS as a throw: a thrown JS value as
// itself, a goja exception as is, anything else as a Go error object.
func (r *Runtime) throwErr(err error) {
	var t *thrown
	if errors.As(err, &t) {
		panic(t.val)
	}
	var ex *goja.Exception
	if errors.As(err, &ex) {
		panic(ex)
	}
	panic(r.vm.NewGoError(err))
}

func itoa(n int) string { return strconv.Itoa(n) }

// transformCheck transforms for a syntax check, returning esbuild's error
// as text.
func (r *Runtime) transformCheck(filename, src, format string) (string, error) {
	loader := api.LoaderJS
	if strings.HasSuffix(filename, "ts") {
		loader = api.LoaderTS
	}
	res := api.Transform(src, api.TransformOptions{Loader: loader, Format: api.FormatCommonJS, Target: api.ES2017, Supported: gojaSupported, LogLevel: api.LogLevelSilent, Sourcefile: filename})
	if len(res.Errors) > 0 {
		m := res.Errors[0]
		loc := ""
		if m.Location != nil {
			loc = filename + ":" + itoa(m.Location.Line) + "\n\n"
		}
		return "", errors.New(loc + "SyntaxError: " + m.Text)
	}
	return string(res.Code), nil
}
