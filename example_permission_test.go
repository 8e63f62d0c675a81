package jsproc_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/jsproc/jsproc"
	"github.com/jsproc/jsproc/runtime/permission"
)

// Grant a script one directory, and log every file access it attempts
// (the log handler comes first, so it sees the refusals too).
func ExampleOptions_permission() {
	dir, _ := os.MkdirTemp("", "example")
	defer os.RemoveAll(dir)
	dir, _ = filepath.EvalSymlinks(dir)
	os.WriteFile(filepath.Join(dir, "in.txt"), []byte("hello"), 0o644)

	var mu sync.Mutex
	var log []string
	audit := func(ctx context.Context, req *permission.Request, next permission.Check) error {
		err := next(ctx, req)
		if req.Scope == permission.FileSystemRead || req.Scope == permission.FileSystemWrite {
			mu.Lock()
			log = append(log, fmt.Sprintf("%s %s %s: %v", req.Op, req.Scope, strings.Replace(req.Resource, dir, "<dir>", 1), err == nil))
			mu.Unlock()
		}
		return err
	}
	var out bytes.Buffer
	rt, _ := jsproc.New(jsproc.Options{
		Stdout:  &out,
		Dir:     dir,
		Modules: jsproc.StandardModules(),
		Permission: []permission.Handler{
			audit,
			permission.Grants{FSRead: []string{dir}}.Handler(),
		},
	})
	rt.RunSource(context.Background(), "main.js", `
		const fs = require('fs');
		console.log(fs.readFileSync('in.txt', 'utf8'));
		try { fs.writeFileSync('out.txt', 'x'); } catch (e) { console.log(e.code, e.permission); }`)
	fmt.Print(out.String())
	fmt.Println(strings.Join(log, "\n"))
	// Output:
	// hello
	// ERR_ACCESS_DENIED FileSystemWrite
	// open FileSystemRead <dir>/in.txt: true
	// open FileSystemWrite <dir>/out.txt: false
}

// Rewrite paths: the script sees a directory of its own at /config that
// is really a folder the Go program chose.
func ExampleOptions_permissionRewrite() {
	real, _ := os.MkdirTemp("", "config")
	defer os.RemoveAll(real)
	os.WriteFile(filepath.Join(real, "app.json"), []byte(`{"port":8080}`), 0o644)

	mount := func(ctx context.Context, req *permission.Request, next permission.Check) error {
		if rest, ok := strings.CutPrefix(req.Resource, "/config/"); ok {
			req.Resource = filepath.Join(real, rest)
		}
		return next(ctx, req)
	}
	var out bytes.Buffer
	rt, _ := jsproc.New(jsproc.Options{
		Stdout:     &out,
		Modules:    jsproc.StandardModules(),
		Permission: []permission.Handler{mount},
	})
	rt.RunSource(context.Background(), "main.js", `
		console.log(JSON.parse(require('fs').readFileSync('/config/app.json', 'utf8')).port);`)
	fmt.Print(out.String())
	// Output: 8080
}

// Show a script only the environment variables it needs; the others read
// as unset, and children do not inherit them.
func ExampleOptions_permissionEnv() {
	var out bytes.Buffer
	rt, _ := jsproc.New(jsproc.Options{
		Stdout: &out,
		Env:    []string{"HOME=/home/me", "API_TOKEN=s3cret"},
		Permission: []permission.Handler{
			permission.Grants{Env: []string{"HOME"}}.Handler(),
		},
	})
	rt.RunEval(context.Background(), `console.log(Object.keys(process.env), process.env.API_TOKEN, 'API_TOKEN' in process.env)`, false)
	fmt.Print(out.String())
	// Output: [ 'HOME' ] undefined false
}
