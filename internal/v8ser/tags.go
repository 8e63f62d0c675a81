// Package v8ser reads and writes V8's ValueSerializer wire format (the
// bytes node's v8.serialize produces, format version 15) over goja values.
//
// An Encoder writes values as V8 does: the same tags, varints, string
// encodings (one-byte Latin-1 or two-byte UTF-16 with the alignment
// padding), object identities (a value met again is a back-reference) and
// the same DataCloneError messages. A Decoder reads what V8 writes,
// versions 13 to 15 and the older layouts it still accepts. Host objects
// (node writes Buffers and TypedArrays as host objects) are left to
// callbacks, so that v8.Serializer subclasses, child_process's advanced
// serialization and worker messages can share the codec.
//
// # Where bytes can differ from V8
//
// V8 chooses some encodings from how it stores a value rather than from
// the value itself; the codec chooses from the value:
//   - a number is written as an Int32 when it is an integer in int32 range
//     (and not -0), else as a Double, as V8 does for numbers it keeps as
//     small integers. V8 writes a whole number kept in a double field, or
//     any element of an array that holds doubles, as a Double; the codec
//     does the latter when some element of a dense all-number array is not
//     an int32, but cannot see the former.
//   - an array is written dense when it has no holes; V8 writes arrays
//     that once had holes (new Array(n), then filled) sparse.
//   - a string is written one-byte when all its code units are below 256.
//
// Either encoding reads back to the same value, in V8 and here.
//
// # Concurrency
//
// An Encoder or Decoder belongs to the goroutine that runs its runtime.
package v8ser

import (
	"errors"
	"sync"
)

// Latest is the wire format version this package writes.
const Latest = 15

// Serialization tags, as V8 names them.
const (
	tagVersion         = 0xFF
	tagPadding         = 0x00
	tagVerifyCount     = '?'
	tagTheHole         = '-'
	tagUndefined       = '_'
	tagNull            = '0'
	tagTrue            = 'T'
	tagFalse           = 'F'
	tagInt32           = 'I'
	tagUint32          = 'U'
	tagDouble          = 'N'
	tagBigInt          = 'Z'
	tagUtf8String      = 'S'
	tagOneByteString   = '"'
	tagTwoByteString   = 'c'
	tagObjectReference = '^'
	tagBeginObject     = 'o'
	tagEndObject       = '{'
	tagBeginSparse     = 'a'
	tagEndSparse       = '@'
	tagBeginDense      = 'A'
	tagEndDense        = '$'
	tagDate            = 'D'
	tagTrueObject      = 'y'
	tagFalseObject     = 'x'
	tagNumberObject    = 'n'
	tagBigIntObject    = 'z'
	tagStringObject    = 's'
	tagRegExp          = 'R'
	tagBeginMap        = ';'
	tagEndMap          = ':'
	tagBeginSet        = '\''
	tagEndSet          = ','
	tagArrayBuffer     = 'B'
	tagResizableBuffer = '~'
	tagBufferTransfer  = 't'
	tagView            = 'V'
	tagSharedBuffer    = 'u'
	tagHostObject      = '\\'
	tagError           = 'r'
)

// Error sub-tags.
const (
	errEval      = 'E'
	errRange     = 'R'
	errReference = 'F'
	errSyntax    = 'S'
	errType      = 'T'
	errURI       = 'U'
	errMessage   = 'm'
	errCause     = 'c'
	errStack     = 's'
	errEnd       = '.'
)

// RegExp flag bits.
const (
	reGlobal     = 1
	reIgnoreCase = 2
	reMultiline  = 4
	reSticky     = 8
	reUnicode    = 16
	reDotAll     = 32
	reLinear     = 64
	reHasIndices = 128
	reUnicodeSet = 256
)

// View sub-tags, by the name of the view's class.
var viewTags = sync.OnceValue(func() map[string]byte {
	return map[string]byte{
		"Int8Array": 'b', "Uint8Array": 'B', "Uint8ClampedArray": 'C', "Int16Array": 'w',
		"Uint16Array": 'W', "Int32Array": 'd', "Uint32Array": 'D', "Float32Array": 'f',
		"Float64Array": 'F', "BigInt64Array": 'q', "BigUint64Array": 'Q', "DataView": '?',
	}
})

// CloneError is a value the format cannot hold: a function, a symbol, a
// Promise, a WeakMap... Message is V8's ("() => {} could not be cloned.").
type CloneError struct{ Message string }

func (e *CloneError) Error() string { return e.Message }

func cloneError(what string) *CloneError {
	return &CloneError{Message: what + " could not be cloned."}
}

// DecodeError is malformed or unsupported input. Message is V8's.
type DecodeError struct{ Message string }

func (e *DecodeError) Error() string { return e.Message }

var (
	errBadData    = &DecodeError{"Unable to deserialize cloned data."}
	errBadVersion = &DecodeError{"Unable to deserialize cloned data due to invalid or unsupported version."}
)

// ErrNoHostObjects is returned by a host-object callback that has no
// reader or writer for host objects: the Encoder turns it into V8's
// DataCloneError, the Decoder into malformed data.
var ErrNoHostObjects = errors.New("v8ser: no host object handler")

// ErrNoSharedArrayBufferID is returned by a SharedArrayBufferID callback
// that has no id to give, so that the buffer cannot be cloned.
var ErrNoSharedArrayBufferID = errors.New("v8ser: no SharedArrayBuffer id")

// ErrHostNotObject is returned when a host-object reader returns a
// non-object.
var ErrHostNotObject = errors.New("readHostObject must return an object")
