package vm

import (
	"errors"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// import() in a vm script: node 20 runs it only with
// --experimental-vm-modules, through the script's importModuleDynamically
// option. Otherwise node rejects the import's promise, with
// ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING (no importModuleDynamically
// option) or ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG (one given).
// goja cannot parse import() in a script at all, so each call the parser
// stops at becomes a call of a function that rejects so, or that hands
// the import to the script's importer (a positive importer number, which
// js/module.js maps to the option and the script).

// importerGlobal names the function an import( becomes a call of in a
// script with an importer: a global of every realm (scriptImporter).
const importerGlobal = "__jsproc_vm_import"

// importRejection returns the function source an import( becomes.
func importRejection(importer int) string {
	if importer > 0 {
		return `(function (s, o) { return ` + importerGlobal + `(` + strconv.Itoa(importer) + `, s, o); })`
	}
	code, msg := "ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING", "A dynamic import callback was not specified."
	if importer < 0 {
		code, msg = "ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG", "A dynamic import callback was invoked without --experimental-vm-modules"
	}
	return `(function () { const e = new TypeError("` + msg + `"); e.code = "` + code + `"; return Promise.reject(e); })`
}

// compileScript compiles src, turning the import() calls goja refuses
// into rejections.
func compileScript(filename, src string, importer int) (*goja.Program, string, error) {
	for range 1000 {
		prg, err := goja.Compile(filename, src, false)
		if err == nil {
			return prg, src, nil
		}
		off, ok := importCallAt(err, src)
		if !ok {
			return nil, src, err
		}
		src = src[:off] + importRejection(importer) + src[off+len("import"):]
	}
	prg, err := goja.Compile(filename, src, false)
	return prg, src, err
}

// importCallAt returns the byte offset of the import( the compile error
// err stopped at, if it stopped at one.
func importCallAt(err error, src string) (int, bool) {
	var se *goja.CompilerSyntaxError
	if !errors.As(err, &se) || !strings.Contains(se.Message, "Unexpected reserved word") {
		return 0, false
	}
	line, col, ok := errorPosition(se)
	if !ok {
		return 0, false
	}
	start := 0
	for i := 1; i < line; i++ {
		nl := strings.IndexByte(src[start:], '\n')
		if nl < 0 {
			return 0, false
		}
		start += nl + 1
	}
	off := start + col - 1
	if off < 0 || off > len(src) || !strings.HasPrefix(src[off:], "import") {
		return 0, false
	}
	rest := strings.TrimLeft(src[off+len("import"):], " \t\r\n")
	return off, strings.HasPrefix(rest, "(")
}

// errorPosition returns the 1-based line and column of a compile error.
func errorPosition(se *goja.CompilerSyntaxError) (line, col int, ok bool) {
	if se.File != nil {
		p := se.File.Position(se.Offset)
		return p.Line, p.Column, true
	}
	first, _, _ := strings.Cut(se.Message, " (and ")
	m := parseErrorText().FindStringSubmatch(first)
	if m == nil {
		return 0, 0, false
	}
	line, _ = strconv.Atoi(m[1])
	col, _ = strconv.Atoi(m[2])
	return line, col, true
}
