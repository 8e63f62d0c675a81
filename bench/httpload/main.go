// Command httpload measures an HTTP/1.1 server's requests per second
// under a fixed number of keep-alive connections, and a download's
// throughput. It only connects to loopback addresses, and every run is
// bounded by a request count and a duration.
//
//	httpload -c 50 -d 10s -n 1000000 http://127.0.0.1:8000/
//	httpload -get http://127.0.0.1:8000/big
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	conns := flag.Int("c", 50, "keep-alive connections")
	dur := flag.Duration("d", 10*time.Second, "how long to run (at most 60s)")
	max := flag.Int64("n", 5_000_000, "at most this many requests")
	get := flag.Bool("get", false, "download the URL once and report MiB/s")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: httpload [-c N] [-d D] [-n N] [-get] http://127.0.0.1:PORT/path")
		os.Exit(2)
	}
	u, err := url.Parse(flag.Arg(0))
	if err != nil || u.Scheme != "http" || !loopback(u.Hostname()) {
		fmt.Fprintln(os.Stderr, "httpload: only http:// URLs on a loopback address")
		os.Exit(2)
	}
	if *dur > time.Minute {
		*dur = time.Minute
	}
	if *get {
		download(u.String())
		return
	}
	load(u, *conns, *dur, *max)
}

func loopback(host string) bool {
	ip := net.ParseIP(host)
	return host == "localhost" || (ip != nil && ip.IsLoopback())
}

func download(u string) {
	start := time.Now()
	resp, err := http.Get(u)
	if err != nil {
		fmt.Fprintln(os.Stderr, "httpload:", err)
		os.Exit(1)
	}
	n, err := io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if err != nil {
		fmt.Fprintln(os.Stderr, "httpload:", err)
		os.Exit(1)
	}
	sec := time.Since(start).Seconds()
	fmt.Printf("%d bytes in %.2fs: %.1f MiB/s\n", n, sec, float64(n)/sec/(1<<20))
}

// load keeps conns connections busy with GETs written and read by hand,
// one request in flight per connection, as wrk and autocannon do.
func load(u *url.URL, conns int, dur time.Duration, max int64) {
	path := u.RequestURI()
	req := []byte("GET " + path + " HTTP/1.1\r\nHost: " + u.Host + "\r\n\r\n")
	var done, errs atomic.Int64
	deadline := time.Now().Add(dur)
	var wg sync.WaitGroup
	start := time.Now()
	for i := 0; i < conns; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := net.Dial("tcp", u.Host)
			if err != nil {
				errs.Add(1)
				return
			}
			defer c.Close()
			br := bufio.NewReaderSize(c, 64<<10)
			for time.Now().Before(deadline) && done.Load() < max {
				if _, err := c.Write(req); err != nil {
					errs.Add(1)
					return
				}
				if err := readResponse(br); err != nil {
					errs.Add(1)
					return
				}
				done.Add(1)
			}
		}()
	}
	wg.Wait()
	sec := time.Since(start).Seconds()
	fmt.Printf("%d requests in %.2fs over %d connections: %.0f req/s, %d errors\n",
		done.Load(), sec, conns, float64(done.Load())/sec, errs.Load())
}

// readResponse reads one response with a Content-Length or chunked body.
func readResponse(br *bufio.Reader) error {
	line, err := br.ReadSlice('\n')
	if err != nil {
		return err
	}
	if !bytes.HasPrefix(line, []byte("HTTP/1.")) {
		return fmt.Errorf("bad status line %q", line)
	}
	length, chunked := int64(-1), false
	for {
		line, err = br.ReadSlice('\n')
		if err != nil {
			return err
		}
		if len(line) <= 2 {
			break
		}
		k, v, ok := bytes.Cut(bytes.TrimRight(line, "\r\n"), []byte(":"))
		if !ok {
			continue
		}
		v = bytes.TrimSpace(v)
		switch {
		case bytes.EqualFold(k, []byte("content-length")):
			length, _ = strconv.ParseInt(string(v), 10, 64)
		case bytes.EqualFold(k, []byte("transfer-encoding")):
			chunked = bytes.EqualFold(v, []byte("chunked"))
		}
	}
	if chunked {
		for {
			line, err = br.ReadSlice('\n')
			if err != nil {
				return err
			}
			n, err := strconv.ParseInt(string(bytes.TrimSpace(line)), 16, 64)
			if err != nil {
				return err
			}
			if _, err := br.Discard(int(n) + 2); err != nil {
				return err
			}
			if n == 0 {
				return nil
			}
		}
	}
	if length > 0 {
		_, err = br.Discard(int(length))
	}
	return err
}
