package http_test

import (
	"context"
	"os"

	"strconv"
	"testing"
	"time"

	"github.com/jsproc/jsproc/bindings/nodestd"
	"github.com/jsproc/jsproc/runtime"
)

// TestServeHello runs bench/http_hello.js for JSPROC_HTTP_SERVE seconds
// on port 8199 when that variable is set, so that the server can be
// profiled under bench/httpload (go test -cpuprofile).
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
	_, _ = rt.RunFile(ctx, "../../bench/http_hello.js")
}
