package runtime

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/dop251/goja"
	"github.com/dop251/goja/parser"
	"github.com/evanw/esbuild/pkg/api"
)

// transformVersion changes whenever the transform output changes shape, so
// that stale disk cache entries are never used.
const transformVersion = "jsproc-transform-16"

// cjsWrapperStart is node's module wrapper, on the first line so that line
// numbers stay those of the file.
const cjsWrapperStart = "(function (exports, require, module, __filename, __dirname) { "

// isTypeScript reports whether a file name is a TypeScript one.
func isTypeScript(filename string) bool {
	switch filepath.Ext(filename) {
	case ".ts", ".mts", ".cts", ".tsx":
		return true
	}
	return false
}

func loaderFor(filename string) api.Loader {
	switch filepath.Ext(filename) {
	case ".ts", ".mts", ".cts":
		return api.LoaderTS
	case ".tsx":
		return api.LoaderTSX
	case ".jsx":
		return api.LoaderJSX
	}
	return api.LoaderJS
}

// gojaSupported tells esbuild which syntax goja lacks, so that exactly that
// is lowered and the rest left alone (esbuild's target is esnext). Each
// entry is checked by TestGojaSupportedFlags: goja rejects the syntax and
// runs esbuild's lowering of it.
var gojaSupported = map[string]bool{
	"async-generator": false,
	"for-await":       false,
	"decorators":      false,
	"using":           false,
}

const tsconfigRaw = `{"compilerOptions":{"useDefineForClassFields":true,"verbatimModuleSyntax":false}}`

// cjsProgram is a CommonJS module ready to run: goja's compiled program of
// node's module function, which takes two extra parameters, the dynamic
// import function and the async generator intrinsics, when extraArgs is
// set.
type cjsProgram struct {
	prg       *goja.Program
	extraArgs bool
}

// compileCJS compiles a CommonJS module (JavaScript or TypeScript) wrapped
// in node's module function. JavaScript goja compiles as it is is not
// transformed (and a sourceMappingURL comment in it is ignored, as node
// does); anything else goes through esbuild, which strips types and lowers
// what goja lacks, with a source map back to the file.
func (r *Runtime) compileCJS(filename, src string) (*cjsProgram, error) {
	src = stripShebang(src)
	if !isTypeScript(filename) {
		if prg := r.ahead.take(filename, src); prg != nil {
			return &cjsProgram{prg: prg}, nil
		}
		if strings.Contains(src, "require(") {
			compileAheadGo(func() { r.ahead.scan(filename, src) })
		}
		defer gcCompiling(len(src))()
		if ast, err := parseCJS(filename, src); err == nil {
			if prg, err := goja.CompileAST(ast, false); err == nil {
				return &cjsProgram{prg: prg}, nil
			}
		}
	}
	code, extraArgs, err := wrapCJS(filename, src)
	if err != nil {
		return nil, r.transformError(filename, err)
	}
	if parsed, err := goja.Parse(filename, code); err == nil {
		nameModuleFunction(parsed)
		if prg, err := goja.CompileAST(parsed, false); err == nil {
			return &cjsProgram{prg: prg, extraArgs: extraArgs}, nil
		}
	}
	prg, err := goja.Compile(filename, code, false)
	if err != nil {
		return nil, r.syntaxError(err)
	}
	return &cjsProgram{prg: prg, extraArgs: extraArgs}, nil
}

// cjsExtraArgs are the arguments a module function compiled with extra
// parameters takes after node's five.
func (l *cjsLoader) cjsExtraArgs(filename string) []goja.Value {
	return []goja.Value{l.dynamicImport(filename), l.r.asyncGenHelper()}
}

// wrapCJS transforms a CommonJS module with esbuild and wraps it in node's
// module function, with the extra parameters when the code uses them.
func wrapCJS(filename, src string) (code string, extraArgs bool, err error) {
	out, err := cachedTransform("cjs", filename, src, func() (string, error) {
		opts := api.TransformOptions{
			Loader:         loaderFor(filename),
			Sourcefile:     filename,
			Sourcemap:      api.SourceMapInline,
			SourcesContent: api.SourcesContentExclude,
			Target:         api.ESNext,
			Supported:      gojaSupported,
			Platform:       api.PlatformNode,
			LogLevel:       api.LogLevelSilent,
			TsconfigRaw:    tsconfigRaw,
		}
		if isTypeScript(filename) {
			opts.Format = api.FormatCommonJS
		}
		res := api.Transform(src, opts)
		if len(res.Errors) > 0 {
			return "", esbuildFailure(res.Errors[0])
		}
		code, _ := rewriteAsyncGenerators(string(res.Code))
		return code, nil
	})
	if err != nil {
		return "", false, err
	}
	body, sm := splitSourceMap(out)
	sm = shiftMapColumns(sm)
	body, usesImport := rewriteDynamicImport(body)
	extraArgs = usesImport || strings.Contains(body, asyncGenName+".")
	start := cjsWrapperStart
	if extraArgs {
		start = "(function (exports, require, module, __filename, __dirname, " + dynamicImportName + ", " + asyncGenName + ") { "
	}
	return start + body + "\n" + sm + "\n})", extraArgs, nil
}

// esmCode is an ES module made runnable by goja: a function expression
// taking (__jsproc_dep, __jsproc_meta, __jsproc_import, __jsproc_ns,
// __jsproc_ag).
type esmCode struct {
	Code string   `json:"code"`
	Deps []string `json:"deps"` // static import specifiers, in evaluation order
	TLA  bool     `json:"tla"`  // the body uses top-level await

	Imports []importRef `json:"imports"` // the names imported, for the link check
	Exports []string    `json:"exports"` // the names of the export clause
	Stars   []string    `json:"stars"`   // specifiers of export * from

	Attrs map[string]string `json:"attrs"` // the "type" attribute of each static import
}

var depCall = lazyRegexp(`__jsproc_dep\(("(?:[^"\\]|\\.)*")\)`)
var toESMCall = lazyRegexp(`__toESM\((require_[\w$]+\(\))\)`)
var reExportTarget = lazyRegexp(`__reExport\(([\w$]+_exports), `)

// transformESM turns an ES module into esmCode with esbuild's bundler: every
// import becomes a call to __jsproc_dep(specifier) (which the loader has
// already evaluated, so bindings stay live through esbuild's property
// accesses), TypeScript is stripped, syntax goja lacks is lowered, and the
// export clause becomes getters installed before the body runs.
func (r *Runtime) transformESM(filename, src string) (*esmCode, error) {
	code, err := esmCodeFor(filename, src)
	if err != nil {
		return nil, r.transformError(fileURL(filename), err)
	}
	return code, nil
}

// esmCodeFor is transformESM with esbuild's syntax errors as they are.
// Safe from any goroutine.
func esmCodeFor(filename, src string) (*esmCode, error) {
	key := transformKey("esm", filename, src)
	if code, ok := esmCodeCache.Load(key); ok {
		return code.(*esmCode), nil
	}
	out, err := diskTransform(key, func() (string, error) {
		code, err := buildESM(filename, fileURL(filename), src)
		if err != nil {
			return "", err
		}
		return encodeESMCode(code)
	})
	if err != nil {
		return nil, err
	}
	code, err := decodeESMCode(out)
	if err != nil {
		return nil, err
	}
	esmCodeCache.Store(key, code)
	return code, nil
}

// esmCodeCache holds each ES module's transform, decoded, by its
// transformKey, for the life of the process. Its values are never
// changed.
var esmCodeCache sync.Map // [32]byte -> *esmCode

// encodeESMCode is the disk cache's form of an esmCode: its fields but the
// code as one line of JSON, then the code as it is, so that reading it
// back does not scan the code (most of it) as JSON.
func encodeESMCode(code *esmCode) (string, error) {
	head := *code
	head.Code = ""
	data, err := json.Marshal(&head)
	if err != nil {
		return "", err
	}
	return string(data) + "\n" + code.Code, nil
}

// decodeESMCode reads encodeESMCode's form back.
func decodeESMCode(s string) (*esmCode, error) {
	i := strings.IndexByte(s, '\n')
	if i < 0 {
		return nil, errors.New("jsproc: bad transform cache entry")
	}
	var code esmCode
	if err := json.Unmarshal([]byte(s[:i]), &code); err != nil {
		return nil, err
	}
	code.Code = s[i+1:]
	return &code, nil
}

func buildESM(filename, url, src string) (*esmCode, error) {
	res := bundleESM(filename, src, false)
	tla := false
	if len(res.Errors) > 0 && allTopLevelAwait(res.Errors) {
		tla = true
		res = bundleESM(filename, src, true)
	}
	if len(res.Errors) > 0 {
		return nil, esbuildFailure(res.Errors[0])
	}
	var js string
	for _, f := range res.OutputFiles {
		if strings.HasSuffix(f.Path, ".js") || js == "" {
			js = string(f.Contents)
		}
	}
	body, sm := splitSourceMap(js)
	// esbuild keeps a shebang line first; the body no longer starts the file.
	body = stripShebang(body)
	sm = renameMapSource(sm, "jsproc-entry", url)
	sm = shiftMapColumns(sm)
	body = fixExportVarNames(body)
	body, exports := cutExportClauses(body)
	body, _ = rewriteDynamicImport(body)
	body = rewriteModuleAsyncGenerators(body, tla)

	var deps []string
	seen := map[string]bool{}
	for _, m := range depCall().FindAllStringSubmatch(body, -1) {
		spec, err := strconv.Unquote(m[1])
		if err == nil && !seen[spec] {
			seen[spec] = true
			deps = append(deps, spec)
		}
	}
	var head strings.Builder
	// esbuild's interop wrapper is not needed: __jsproc_dep already returns
	// module namespaces.
	body = toESMCall().ReplaceAllString(body, "($1)")
	head.WriteString("(function (__jsproc_dep, __jsproc_meta, " + dynamicImportName + ", __jsproc_ns, " + asyncGenName + ") {\"use strict\";")
	if tla {
		head.WriteString("return (async () => {")
	}
	head.WriteString("__jsproc_ns({")
	for i, e := range exports {
		if i > 0 {
			head.WriteString(",")
		}
		head.WriteString(strconv.Quote(e.Name) + ": () => " + e.Local)
	}
	head.WriteString("}")
	if m := reExportTarget().FindStringSubmatch(body); m != nil {
		head.WriteString(", () => " + m[1])
	}
	head.WriteString(");")
	tail := "\n"
	if tla {
		tail = "\n})();\n"
	}
	code := &esmCode{Code: head.String() + body + tail + sm + "\n})", Deps: deps, TLA: tla}
	for _, e := range exports {
		code.Exports = append(code.Exports, e.Name)
	}
	syntax := src
	if isTypeScript(filename) {
		// Type-only imports are not imports: read the stripped code.
		res := api.Transform(src, api.TransformOptions{Loader: loaderFor(filename), Format: api.FormatESModule, Target: api.ESNext, LogLevel: api.LogLevelSilent, TsconfigRaw: tsconfigRaw})
		syntax = string(res.Code)
	}
	code.Imports, code.Stars, code.Attrs = scanModuleSyntax(stripShebang(syntax))
	return code, nil
}

func bundleESM(filename, src string, tla bool) api.BuildResult {
	supported := map[string]bool{"top-level-await": tla, "dynamic-import": true, "import-meta": true}
	for k, v := range gojaSupported {
		supported[k] = v
	}
	deps := api.Plugin{Name: "jsproc-deps", Setup: func(b api.PluginBuild) {
		b.OnResolve(api.OnResolveOptions{Filter: ".*"}, func(a api.OnResolveArgs) (api.OnResolveResult, error) {
			if a.Kind == api.ResolveJSDynamicImport || a.Kind == api.ResolveJSRequireCall || a.Kind == api.ResolveJSRequireResolve {
				return api.OnResolveResult{Path: a.Path, External: true}, nil
			}
			// Quoted, so that the shim's path has no extension esbuild
			// would read as ".mjs" (an ES module).
			return api.OnResolveResult{Path: strconv.Quote(a.Path), Namespace: "jsproc-dep"}, nil
		})
		b.OnLoad(api.OnLoadOptions{Filter: ".*", Namespace: "jsproc-dep"}, func(a api.OnLoadArgs) (api.OnLoadResult, error) {
			s := "module.exports = __jsproc_dep(" + a.Path + ")"
			return api.OnLoadResult{Contents: &s, Loader: api.LoaderJS}, nil
		})
	}}
	return api.Build(api.BuildOptions{
		Stdin: &api.StdinOptions{
			Contents:   src,
			Sourcefile: "jsproc-entry",
			ResolveDir: "/",
			Loader:     loaderFor(filename),
		},
		AbsWorkingDir:  "/",
		Bundle:         true,
		Write:          false,
		Format:         api.FormatESModule,
		Platform:       api.PlatformNode,
		Target:         api.ESNext,
		Supported:      supported,
		Plugins:        []api.Plugin{deps},
		Define:         map[string]string{"import.meta": "__jsproc_meta", "require": "__jsproc_no_require"},
		KeepNames:      true,
		Sourcemap:      api.SourceMapInline,
		SourcesContent: api.SourcesContentExclude,
		LegalComments:  api.LegalCommentsNone,
		LogLevel:       api.LogLevelSilent,
		TsconfigRaw:    tsconfigRaw,
	})
}

func allTopLevelAwait(msgs []api.Message) bool {
	for _, m := range msgs {
		if !strings.Contains(m.Text, "Top-level await") {
			return false
		}
	}
	return true
}

const sourceMapPrefix = "//# sourceMappingURL="

// splitSourceMap separates esbuild's trailing inline source map comment.
func splitSourceMap(code string) (body, sm string) {
	trimmed := strings.TrimRight(code, "\n")
	i := strings.LastIndexByte(trimmed, '\n')
	if i >= 0 && strings.HasPrefix(trimmed[i+1:], sourceMapPrefix) {
		return trimmed[:i], trimmed[i+1:]
	}
	return code, ""
}

// renameMapSource replaces the source named like old in an inline source
// map with name.
func renameMapSource(sm, old, name string) string {
	const dataPrefix = sourceMapPrefix + "data:application/json;base64,"
	if !strings.HasPrefix(sm, dataPrefix) {
		return sm
	}
	data, err := base64.StdEncoding.DecodeString(sm[len(dataPrefix):])
	if err != nil {
		return sm
	}
	var m map[string]any
	if json.Unmarshal(data, &m) != nil {
		return sm
	}
	if sources, ok := m["sources"].([]any); ok {
		for i, s := range sources {
			if str, _ := s.(string); strings.HasSuffix(str, old) {
				sources[i] = name
			}
		}
	}
	delete(m, "sourceRoot")
	data, err = json.Marshal(m)
	if err != nil {
		return sm
	}
	return dataPrefix + base64.StdEncoding.EncodeToString(data)
}

// esbuildSyntaxError is esbuild's report of bad syntax, with its position.
type esbuildSyntaxError struct {
	Text   string
	Line   int
	Column int // 0-based
}

func (e *esbuildSyntaxError) Error() string { return e.Text }

func esbuildFailure(m api.Message) error {
	e := &esbuildSyntaxError{Text: m.Text}
	if m.Location != nil {
		e.Line, e.Column = m.Location.Line, m.Location.Column
	}
	return e
}

// transformError turns a transform failure into a thrown SyntaxError whose
// stack names the original file:line:column.
func (r *Runtime) transformError(name string, err error) error {
	var se *esbuildSyntaxError
	if !errors.As(err, &se) {
		return err
	}
	e := r.NodeError("SyntaxError", "", se.Text)
	stack := "SyntaxError: " + se.Text
	if se.Line > 0 {
		stack += "\n    at " + name + ":" + strconv.Itoa(se.Line) + ":" + strconv.Itoa(se.Column+1)
	}
	e.Set("stack", stack)
	return &thrown{e}
}

// needsLowering reports whether goja cannot compile src as it is, so that
// it must go through esbuild first.
func needsLowering(src string) bool {
	ast, err := goja.Parse("", src, parser.WithDisableSourceMaps)
	if err == nil {
		_, err = goja.CompileAST(ast, false)
	}
	return err != nil
}

// transformEval prepares -e/-p source: as is when goja parses it, else
// lowered by esbuild.
func (r *Runtime) transformEval(src string) (string, error) {
	if !needsLowering(src) {
		return src, nil
	}
	res := api.Transform(src, api.TransformOptions{Loader: api.LoaderJS, Target: api.ESNext, Supported: gojaSupported, LogLevel: api.LogLevelSilent})
	if len(res.Errors) > 0 {
		return "", r.transformError("[eval]", esbuildFailure(res.Errors[0]))
	}
	out, _ := rewriteAsyncGenerators(string(res.Code))
	out, _ = rewriteDynamicImport(out)
	return out, nil
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
	if u := uncatchable(err); u != nil {
		panic(r.catchable(u))
	}
	var ex *goja.Exception
	if errors.As(err, &ex) {
		panic(ex)
	}
	panic(r.vm.NewGoError(err))
}

// transformCheck transforms for a syntax check (node --check), returning
// esbuild's error as text.
func (r *Runtime) transformCheck(filename, src, format string) (string, error) {
	var out string
	var err error
	if format == "esm" {
		var code *esmCode
		code, err = buildESM(filename, filename, src)
		if code != nil {
			out = code.Code
			// CheckSyntax wraps again; hand it the body only.
			out = "return " + out
		}
	} else {
		out, _, err = wrapCJS(filename, src)
		if err == nil {
			out = "return " + out
		}
	}
	var se *esbuildSyntaxError
	if errors.As(err, &se) {
		return "", fmt.Errorf("%s:%d\n\nSyntaxError: %s", filename, se.Line, se.Text)
	}
	return out, err
}

func stripShebang(src string) string {
	if strings.HasPrefix(src, "#!") {
		return "//" + src[2:]
	}
	return src
}
