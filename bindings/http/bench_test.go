package http_test

import (
	"context"
	"os"

	"strconv"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/runtime"
)

// TestServeHello runs bench/http_hello.js for JSPROC_HTTP_SERVE seconds
// on port 8199 when that variable is set, so that the server can be
// profiled under bench/httpload (go test -cpuprofile; JSPROC_HTTP_JSPROF
// names a file for goja's profile of the JavaScript).
func TestServeHello(t *testing.T) {
	secs, _ := strconv.Atoi(os.Getenv("JSPROC_HTTP_SERVE"))
	if secs <= 0 {
		t.Skip("JSPROC_HTTP_SERVE not set")
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Duration(secs)*time.Second)
	defer cancel()
	rt, err := runtime.New(runtime.Options{Modules: nodestd.Modules(), Args: []string{"8199"}})
	if err != nil {
		t.Fatal(err)
	}
	if path := os.Getenv("JSPROC_HTTP_JSPROF"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := goja.StartProfile(f); err != nil {
			t.Fatal(err)
		}
		defer goja.StopProfile()
	}
	_, _ = rt.RunFile(ctx, "../../bench/http_hello.js")
}
