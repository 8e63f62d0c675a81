package zlib

import (
	"bytes"
	"errors"
	"io"
	"strings"

	"github.com/andybalholm/brotli"
)

// Brotli parameter slots, as zlib.constants numbers them.
const (
	brotliParamQuality = 1
	brotliParamLGWin   = 2
	brotliUnset        = 0xffffffff
)

// brotliEncoder compresses with andybalholm/brotli. Of node's parameters,
// quality and window size shape the output; mode, size hint and the block
// settings are hints that encoder does not take.
type brotliEncoder struct {
	opts     brotli.WriterOptions
	w        *brotli.Writer
	pending  bytes.Buffer
	finished bool
}

func newBrotliEncoder(params []uint32) *brotliEncoder {
	e := &brotliEncoder{opts: brotli.WriterOptions{Quality: 11, LGWin: 22}}
	if len(params) > brotliParamLGWin {
		if q := params[brotliParamQuality]; q != brotliUnset {
			e.opts.Quality = int(min(q, 11))
		}
		if w := params[brotliParamLGWin]; w != brotliUnset {
			e.opts.LGWin = int(max(min(w, 24), 10))
		}
	}
	e.reset()
	return e
}

func (e *brotliEncoder) reset() error {
	e.pending.Reset()
	e.finished = false
	e.w = brotli.NewWriterOptions(&e.pending, e.opts)
	return nil
}

func (e *brotliEncoder) params(level, strategy int) error { return nil }

func (e *brotliEncoder) close() {}

func (e *brotliEncoder) process(op int, in, out []byte) (int, int, error) {
	nIn := 0
	if !e.finished {
		if len(in) > 0 {
			if _, err := e.w.Write(in); err != nil {
				return 0, 0, err
			}
			nIn = len(in)
		}
		switch op {
		case brotliFlush:
			if len(in) > 0 || e.pending.Len() == 0 {
				if err := e.w.Flush(); err != nil {
					return nIn, 0, err
				}
			}
		case brotliFinish:
			if err := e.w.Close(); err != nil {
				return nIn, 0, err
			}
			e.finished = true
		}
	}
	n := copy(out, e.pending.Bytes())
	e.pending.Next(n)
	return nIn, n, nil
}

// brotliDecoder decompresses with andybalholm/brotli on a pump goroutine.
type brotliDecoder struct {
	p   *pump
	buf []byte
}

func newBrotliDecoder() *brotliDecoder {
	d := &brotliDecoder{buf: make([]byte, 32<<10)}
	d.p = newPump(d.run)
	return d
}

func (d *brotliDecoder) process(op int, in, out []byte) (int, int, error) {
	return d.p.step(in, op == brotliFinish, out)
}

func (d *brotliDecoder) processAsync(op int, in, out []byte, done func(nIn, nOut int, err error)) {
	d.p.stepAsync(in, op == brotliFinish, out, done)
}

func (d *brotliDecoder) params(level, strategy int) error { return nil }

func (d *brotliDecoder) reset() error {
	d.p.stop()
	d.p = newPump(d.run)
	return nil
}

func (d *brotliDecoder) close() { d.p.stop() }

func (d *brotliDecoder) run(p *pump) error {
	r := brotli.NewReader(p)
	for {
		n, err := r.Read(d.buf)
		if n > 0 {
			if err := p.emit(d.buf[:n]); err != nil {
				return err
			}
		}
		switch {
		case err == nil:
		case err == io.EOF:
			return nil
		case errors.Is(err, errClosed):
			return err
		case err == io.ErrUnexpectedEOF:
			return errUnexpectedEOF
		case err.Error() == "brotli: excessive input":
			// Data after the end of the stream is left unread, as node does.
			return nil
		default:
			return brotliError(err)
		}
	}
}

// brotliErrnos numbers the decoder's faults as BrotliDecoderErrorCode does.
var brotliErrnos = map[string]int{
	"FORMAT_EXUBERANT_NIBBLE": -1, "FORMAT_RESERVED": -2, "FORMAT_EXUBERANT_META_NIBBLE": -3,
	"FORMAT_SIMPLE_HUFFMAN_ALPHABET": -4, "FORMAT_SIMPLE_HUFFMAN_SAME": -5, "FORMAT_CL_SPACE": -6,
	"FORMAT_HUFFMAN_SPACE": -7, "FORMAT_CONTEXT_MAP_REPEAT": -8, "FORMAT_BLOCK_LENGTH_1": -9,
	"FORMAT_BLOCK_LENGTH_2": -10, "FORMAT_TRANSFORM": -11, "FORMAT_DICTIONARY": -12,
	"FORMAT_WINDOW_BITS": -13, "FORMAT_PADDING_1": -14, "FORMAT_PADDING_2": -15, "FORMAT_DISTANCE": -16,
	"DICTIONARY_NOT_SET": -19, "INVALID_ARGUMENTS": -20, "ALLOC_CONTEXT_MODES": -21,
	"ALLOC_TREE_GROUPS": -22, "ALLOC_CONTEXT_MAP": -25, "ALLOC_RING_BUFFER_1": -26,
	"ALLOC_RING_BUFFER_2": -27, "ALLOC_BLOCK_TYPE_TREES": -30, "UNREACHABLE": -31,
}

// brotliError turns the decoder's "brotli: PADDING_1" into node's error:
// "Decompression failed", errno -14, code ERR__ERROR_FORMAT_PADDING_1.
func brotliError(err error) error {
	name := strings.TrimPrefix(err.Error(), "brotli: ")
	for _, key := range []string{"FORMAT_" + name, name, "ALLOC_" + name} {
		if errno, ok := brotliErrnos[key]; ok {
			return &codeError{message: "Decompression failed", errno: errno, code: "ERR__ERROR_" + key}
		}
	}
	return &codeError{message: "Decompression failed", errno: -31, code: "ERR__ERROR_UNREACHABLE"}
}
