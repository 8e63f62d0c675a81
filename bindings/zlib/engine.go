package zlib

import "errors"

// Modes, flush flags and return codes as Node's zlib.constants numbers them.
const (
	modeDeflate    = 1
	modeInflate    = 2
	modeGzip       = 3
	modeGunzip     = 4
	modeDeflateRaw = 5
	modeInflateRaw = 6
	modeUnzip      = 7
	modeBrotliDec  = 8
	modeBrotliEnc  = 9

	zNoFlush      = 0
	zPartialFlush = 1
	zSyncFlush    = 2
	zFullFlush    = 3
	zFinish       = 4
	zBlock        = 5

	zNeedDict  = 2
	zDataError = -3
	zBufError  = -5

	brotliProcess  = 0
	brotliFlush    = 1
	brotliFinish   = 2
	brotliMetadata = 3

	zHuffmanOnly = 2
)

// engine is one compression or decompression stream driven the way zlib's
// deflate() and inflate() are: each call consumes some of in, fills some of
// out, and is called again while out comes back full.
type engine interface {
	// process consumes up to len(in) bytes and writes up to len(out)
	// bytes, returning how many of each it used. flush is a zlib flush
	// flag (or a brotli operation for the brotli engines); the final
	// flag (Z_FINISH) means no more input follows.
	process(flush int, in, out []byte) (nIn, nOut int, err error)
	// params changes the compression level and strategy mid-stream.
	params(level, strategy int) error
	// reset starts the stream again with the same settings.
	reset() error
	// close releases the engine (and ends any goroutine it runs).
	close()
}

// asyncEngine is an engine that runs its steps on a goroutine of its own
// and can report a step's result from there, without a goroutine per step.
type asyncEngine interface {
	engine
	// processAsync starts a step and returns; done gets the result on
	// another goroutine.
	processAsync(flush int, in, out []byte, done func(nIn, nOut int, err error))
}

// codeError is a failure reported to scripts as zlib reports it: a message,
// an errno and a code (Z_DATA_ERROR, ERR__ERROR_FORMAT_PADDING_1, ...).
type codeError struct {
	message string
	errno   int
	code    string
}

func (e *codeError) Error() string { return e.message }

func dataError(msg string) error {
	return &codeError{message: msg, errno: zDataError, code: "Z_DATA_ERROR"}
}

// errUnexpectedEOF is what zlib reports when the input ends inside a
// stream that was told to finish.
var errUnexpectedEOF = &codeError{message: "unexpected end of file", errno: zBufError, code: "Z_BUF_ERROR"}

// errClosed ends a decoder goroutine whose handle was closed.
var errClosed = errors.New("zlib: handle closed")
