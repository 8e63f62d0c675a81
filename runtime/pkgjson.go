package runtime

import (
	"bytes"
	"encoding/json"
	"io"
	"path/filepath"
	"strings"
)

// This file reads package.json files: the fields resolution uses, with
// "exports" and "imports" kept as ordered JSON trees, because node tries
// conditions in the order the object lists them.

// packageJSON is the part of a package.json resolution reads.
type packageJSON struct {
	path    string // the package.json file
	Name    string
	Main    string
	Type    string
	Exports *jsonNode // nil when absent or null
	Imports *jsonNode // nil when absent or null
}

// dir is the package folder.
func (p *packageJSON) dir() string { return filepath.Dir(p.path) }

// jsonNode is one JSON value with object keys in source order.
type jsonNode struct {
	kind  byte // 's' string, 'a' array, 'o' object, 'n' null, 'x' number or boolean
	str   string
	items []*jsonNode // array items
	keys  []string    // object keys, in order
	vals  []*jsonNode // object values, by key index
	text  string      // a number's or boolean's text
}

// get returns an object member, or nil.
func (n *jsonNode) get(key string) *jsonNode {
	for i, k := range n.keys {
		if k == key {
			return n.vals[i]
		}
	}
	return nil
}

// stringify renders a node as JSON.stringify(value) does (no spaces).
func (n *jsonNode) stringify() string {
	switch n.kind {
	case 's':
		return jsonQuote(n.str)
	case 'n':
		return "null"
	case 'x':
		return n.text
	case 'a':
		parts := make([]string, len(n.items))
		for i, it := range n.items {
			parts[i] = it.stringify()
		}
		return "[" + strings.Join(parts, ",") + "]"
	}
	parts := make([]string, len(n.keys))
	for i, k := range n.keys {
		parts[i] = jsonQuote(k) + ":" + n.vals[i].stringify()
	}
	return "{" + strings.Join(parts, ",") + "}"
}

// jsonQuote is JSON.stringify of a string.
func jsonQuote(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)
	return strings.TrimSuffix(b.String(), "\n")
}

// decodeJSONNode reads one value from dec.
func decodeJSONNode(dec *json.Decoder) (*jsonNode, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		if t == '[' {
			n := &jsonNode{kind: 'a'}
			for dec.More() {
				it, err := decodeJSONNode(dec)
				if err != nil {
					return nil, err
				}
				n.items = append(n.items, it)
			}
			_, err := dec.Token()
			return n, err
		}
		n := &jsonNode{kind: 'o'}
		for dec.More() {
			kt, err := dec.Token()
			if err != nil {
				return nil, err
			}
			k, _ := kt.(string)
			v, err := decodeJSONNode(dec)
			if err != nil {
				return nil, err
			}
			// A repeated key keeps its first place and its last value, as
			// JSON.parse does.
			if i := indexOf(n.keys, k); i >= 0 {
				n.vals[i] = v
				continue
			}
			n.keys = append(n.keys, k)
			n.vals = append(n.vals, v)
		}
		_, err := dec.Token()
		return n, err
	case string:
		return &jsonNode{kind: 's', str: t}, nil
	case nil:
		return &jsonNode{kind: 'n'}, nil
	case json.Number:
		return &jsonNode{kind: 'x', text: t.String()}, nil
	case bool:
		if t {
			return &jsonNode{kind: 'x', text: "true"}, nil
		}
		return &jsonNode{kind: 'x', text: "false"}, nil
	}
	return nil, io.ErrUnexpectedEOF
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// parsePackageJSON parses the fields of a package.json that resolution
// needs. A file that is not valid JSON gives an error.
func parsePackageJSON(path string, data []byte) (*packageJSON, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	root, err := decodeJSONNode(dec)
	if err != nil {
		return nil, err
	}
	pkg := &packageJSON{path: path}
	if root.kind != 'o' {
		return pkg, nil
	}
	str := func(k string) string {
		if v := root.get(k); v != nil && v.kind == 's' {
			return v.str
		}
		return ""
	}
	pkg.Name, pkg.Main, pkg.Type = str("name"), str("main"), str("type")
	if v := root.get("exports"); v != nil && v.kind != 'n' {
		pkg.Exports = v
	}
	if v := root.get("imports"); v != nil && v.kind != 'n' {
		pkg.Imports = v
	}
	return pkg, nil
}

// readPackageJSON reads dir/package.json, once per loader. ok is false
// when there is none; a package.json that is not valid JSON reads as an
// empty one.
func (l *cjsLoader) readPackageJSON(dir string) (*packageJSON, bool) {
	if pkg, ok := l.pkgCache[dir]; ok {
		return pkg, pkg != nil
	}
	path := filepath.Join(dir, "package.json")
	data, err := l.r.readFileChecked(path, "require")
	if err != nil {
		l.pkgCache[dir] = nil
		return nil, false
	}
	pkg, err := parsePackageJSON(path, stripBOMBytes(data))
	if err != nil {
		pkg = &packageJSON{path: path}
	}
	l.pkgCache[dir] = pkg
	return pkg, true
}

func stripBOMBytes(b []byte) []byte { return bytes.TrimPrefix(b, []byte("\uFEFF")) }

// packageScope is the package.json governing dir: the nearest one above
// it, not looking past a node_modules folder.
func (l *cjsLoader) packageScope(dir string) (*packageJSON, bool) {
	for {
		if filepath.Base(dir) == "node_modules" {
			return nil, false
		}
		if pkg, ok := l.readPackageJSON(dir); ok {
			return pkg, true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return nil, false
		}
		dir = parent
	}
}
