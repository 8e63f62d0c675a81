package http

import (
	"compress/flate"
	"compress/gzip"
	"context"
	"crypto/x509"
	"errors"
	"io"
	"net"
	nethttp "net/http"
	"strconv"
	"strings"
	"syscall"

	"github.com/andybalholm/brotli"
	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/internal/streamio"
	"github.com/jsproc/jsproc/runtime"
)

// fetchClient is the Go client behind fetch: one per runtime, keeping
// connections alive between fetches as undici's global dispatcher does.
func (b *binding) fetchClient() *nethttp.Client {
	if b.client == nil {
		tr := &nethttp.Transport{
			Proxy:               nil,
			DisableCompression:  true,
			MaxIdleConnsPerHost: 64,
			TLSClientConfig:     nil,
		}
		tr.TLSClientConfig = defaultClientTLS()
		if b.rt.Permission() != nil {
			// Every connection, redirects included, asks the policy.
			var d net.Dialer
			tr.DialContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
				host, portText, err := net.SplitHostPort(addr)
				if err != nil {
					return nil, err
				}
				port, _ := strconv.Atoi(portText)
				if err := b.rt.CheckNet("connect", host, port); err != nil {
					return nil, err
				}
				return d.DialContext(ctx, network, addr)
			}
		}
		b.client = &nethttp.Client{Transport: tr}
	}
	return b.client
}

// fetchStart starts one request: fetchStart(method, url, rawHeaders,
// body, streaming, redirect, onresponse) where body is a Buffer or null
// and streaming says the body comes through write/end. onresponse(err) or
// onresponse(null, status, statusText, rawHeaders, url, redirected,
// body) follows on the loop; body is a byte source with the StreamBase
// shape (readStart, readStop, close, onread).
func (b *binding) fetchStart(call goja.FunctionCall) goja.Value {
	vm := b.rt.VM()
	method := call.Argument(0).String()
	url := call.Argument(1).String()
	rawv := call.Argument(2).ToObject(vm)
	var raw []string
	for _, k := range rawv.Keys() {
		raw = append(raw, rawv.Get(k).String())
	}
	bodyv := call.Argument(3)
	streaming := call.Argument(4).ToBoolean()
	redirect := call.Argument(5).String()
	onresponse, _ := goja.AssertFunction(call.Argument(6))

	ctx, cancel := context.WithCancel(context.Background())
	var body io.Reader
	var pw *io.PipeWriter
	if streaming {
		var pr *io.PipeReader
		pr, pw = io.Pipe()
		body = pr
	} else if data, ok := b.rt.Bytes(bodyv); ok && !goja.IsNull(bodyv) && !goja.IsUndefined(bodyv) {
		body = strings.NewReader(string(data))
	}
	req, err := nethttp.NewRequestWithContext(ctx, method, url, body)
	if err != nil {
		cancel()
		panic(vm.NewTypeError(err.Error()))
	}
	if body == nil {
		req.ContentLength = 0
	}
	for i := 0; i+1 < len(raw); i += 2 {
		if strings.EqualFold(raw[i], "host") {
			req.Host = raw[i+1]
			continue
		}
		if strings.EqualFold(raw[i], "content-length") {
			continue
		}
		req.Header.Add(raw[i], raw[i+1])
	}
	client := *b.fetchClient()
	redirected := false
	client.CheckRedirect = func(r *nethttp.Request, via []*nethttp.Request) error {
		switch redirect {
		case "manual":
			return nethttp.ErrUseLastResponse
		case "error":
			return errRedirect
		}
		if len(via) > 20 {
			return errTooManyRedirects
		}
		redirected = true
		return nil
	}

	q := b.rt.Loop().NewTaskQueue()
	q.Ref()
	f := &fetchReq{b: b, cancel: cancel, q: q}
	ctl := vm.NewObject()
	var w *streamio.Writer
	ctl.Set("abort", func(goja.FunctionCall) goja.Value {
		cancel()
		if pw != nil {
			pw.CloseWithError(context.Canceled)
			w.Stop()
		}
		return goja.Undefined()
	})
	if pw != nil {
		// The body's writer has its own queue: it ends with the body,
		// not with the response.
		uq := b.rt.Loop().NewTaskQueue()
		sources := streamio.NewSources(uq, 1, nil)
		w = streamio.NewWriter(pw, uq, sources, streamio.WriterOptions{End: pw.Close})
		ctl.Set("write", func(c goja.FunctionCall) goja.Value {
			data, _ := b.rt.Bytes(c.Argument(0))
			data = append([]byte(nil), data...)
			fn, _ := goja.AssertFunction(c.Argument(1))
			done, err := w.Write(data, func(err error) { b.callErr(fn, err) })
			if done {
				b.callErr(fn, err)
			}
			return goja.Undefined()
		})
		ctl.Set("end", func(goja.FunctionCall) goja.Value {
			_, _ = w.Shutdown(func(error) {})
			return goja.Undefined()
		})
	}
	forget := b.track(cancel)
	go func() {
		resp, err := client.Do(req)
		q.Queue(func() {
			forget()
			if err != nil {
				cancel()
				q.Close(nil)
				b.rt.Call(onresponse, goja.Undefined(), f.failure(err))
				return
			}
			hdr := make([]any, 0, 2*len(resp.Header))
			for k, vs := range resp.Header {
				for _, v := range vs {
					hdr = append(hdr, k, v)
				}
			}
			status := resp.Status
			if i := strings.IndexByte(status, ' '); i >= 0 {
				status = status[i+1:]
			} else {
				status = ""
			}
			src := f.bodySource(resp, method)
			b.rt.Call(onresponse, goja.Undefined(), goja.Null(), vm.ToValue(resp.StatusCode), vm.ToValue(status),
				vm.NewArray(hdr...), vm.ToValue(resp.Request.URL.String()), vm.ToValue(redirected), src)
		})
	}()
	return ctl
}

var (
	errRedirect         = errors.New("unexpected redirect")
	errTooManyRedirects = errors.New("redirect count exceeded")
)

type fetchReq struct {
	b      *binding
	cancel context.CancelFunc
	q      *runtime.TaskQueue
}

// failure is fetch's cause for a failed request: node's system error for
// a refused or reset connection, else an Error with Go's words.
func (f *fetchReq) failure(err error) goja.Value {
	rt := f.b.rt
	if e, ok := rt.AccessDenied(err); ok {
		return e
	}
	var ue x509.UnknownAuthorityError
	var he x509.HostnameError
	if errors.As(err, &ue) || errors.As(err, &he) {
		return f.b.dialError(err)
	}
	var oe *net.OpError
	if errors.As(err, &oe) {
		if _, ok := runtime.Errno(oe.Err); ok {
			sys := oe.Op
			if sys == "dial" {
				sys = "connect"
			}
			e := rt.ErrnoException(oe.Err, sys)
			if ta, ok := oe.Addr.(*net.TCPAddr); ok {
				e.Set("address", ta.IP.String())
				e.Set("port", ta.Port)
				e.Set("message", e.Get("message").String()+" "+ta.String())
			}
			return e
		}
	}
	if errors.Is(err, syscall.ECONNRESET) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		e := rt.NodeError("Error", "UND_ERR_SOCKET", "other side closed")
		return e
	}
	if errors.Is(err, errRedirect) {
		return rt.NodeError("Error", "", "unexpected redirect")
	}
	if errors.Is(err, errTooManyRedirects) {
		return rt.NodeError("Error", "", "redirect count exceeded")
	}
	return rt.NodeError("Error", "", err.Error())
}

// bodySource reads the response body (decoded as Content-Encoding says)
// through a streamio.Reader, paused until the script reads.
func (f *fetchReq) bodySource(resp *nethttp.Response, method string) goja.Value {
	rt, vm := f.b.rt, f.b.rt.VM()
	var r io.Reader = resp.Body
	enc := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding")))
	if method != "HEAD" && resp.StatusCode != 204 && resp.StatusCode != 304 {
		switch enc {
		case "gzip", "x-gzip":
			r = &lazyDecoder{src: resp.Body, open: func(src io.Reader) (io.Reader, error) { return gzip.NewReader(src) }}
		case "deflate":
			r = &lazyDecoder{src: resp.Body, open: openDeflate}
		case "br":
			r = &lazyDecoder{src: resp.Body, open: func(src io.Reader) (io.Reader, error) { return brotli.NewReader(src), nil }}
		}
	}
	forget := f.b.track(func() { resp.Body.Close(); f.cancel() })
	sources := streamio.NewSources(f.q, 1, func() { forget(); resp.Body.Close(); f.cancel() })
	o := vm.NewObject()
	var reader *streamio.Reader
	started, closed := false, false
	undef := goja.Undefined()
	o.Set("readStart", func(goja.FunctionCall) goja.Value {
		if closed {
			return undef
		}
		f.q.Ref()
		if !started {
			started = true
			onread, _ := goja.AssertFunction(o.Get("onread"))
			// Reads of 256 KiB, growing to 1 MiB while the script is
			// behind: a body's chunk boundaries are not observable, and
			// each chunk costs a trip through JS.
			reader = streamio.StartReader(r, f.q, sources, streamio.ReaderOptions{Size: 256 << 10, Merge: 1 << 20},
				func(chunk []byte) { rt.Call(onread, undef, rt.WrapBytes(chunk)) },
				func(err error) {
					f.q.Unref()
					if closed || streamio.IsClosed(err) {
						return
					}
					if err == io.EOF {
						rt.Call(onread, undef, goja.Null())
						return
					}
					rt.Call(onread, undef, goja.Null(), f.failure(err))
				})
		} else {
			reader.Resume()
		}
		return undef
	})
	o.Set("readStop", func(goja.FunctionCall) goja.Value {
		if reader != nil {
			reader.Pause()
		}
		f.q.Unref()
		return undef
	})
	o.Set("close", func(goja.FunctionCall) goja.Value {
		if closed {
			return undef
		}
		closed = true
		f.cancel()
		resp.Body.Close()
		if reader != nil {
			reader.Stop()
		} else {
			sources.Done(nil)
		}
		f.q.Unref()
		return undef
	})
	// Until the script reads, the body does not hold the loop.
	f.q.Unref()
	return o
}

// lazyDecoder opens its decoder on the first read, on the reader's
// goroutine, so a gzip header is never waited for on the loop.
type lazyDecoder struct {
	src  io.Reader
	open func(io.Reader) (io.Reader, error)
	dec  io.Reader
}

func (d *lazyDecoder) Read(p []byte) (int, error) {
	if d.dec == nil {
		dec, err := d.open(d.src)
		if err != nil {
			return 0, err
		}
		d.dec = dec
	}
	return d.dec.Read(p)
}

// openDeflate reads "deflate" as zlib-wrapped (as servers send it), or
// raw deflate when the zlib header is missing, as undici does.
func openDeflate(src io.Reader) (io.Reader, error) {
	br := &peekReader{src: src}
	head, err := br.peek(2)
	if err != nil && len(head) < 2 {
		return nil, err
	}
	if head[0]&0x0f == 8 && (uint16(head[0])<<8|uint16(head[1]))%31 == 0 {
		br.skip(2)
	}
	return flate.NewReader(br), nil
}

type peekReader struct {
	src io.Reader
	buf []byte
}

func (p *peekReader) peek(n int) ([]byte, error) {
	for len(p.buf) < n {
		tmp := make([]byte, n-len(p.buf))
		k, err := p.src.Read(tmp)
		p.buf = append(p.buf, tmp[:k]...)
		if err != nil {
			return p.buf, err
		}
	}
	return p.buf, nil
}

func (p *peekReader) skip(n int) { p.buf = p.buf[n:] }

func (p *peekReader) Read(b []byte) (int, error) {
	if len(p.buf) > 0 {
		n := copy(b, p.buf)
		p.buf = p.buf[n:]
		return n, nil
	}
	return p.src.Read(b)
}

func (b *binding) callErr(fn goja.Callable, err error) {
	if fn == nil {
		return
	}
	if err != nil {
		b.rt.Call(fn, goja.Undefined(), b.rt.VM().NewGoError(err))
		return
	}
	b.rt.Call(fn, goja.Undefined())
}
