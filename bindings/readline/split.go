package readline

import "github.com/jsproc/jsproc/runtime"

// splitter splits bytes into lines as the Interface's _normalWrite splits
// decoded text. Lines end at \n, \r\n and \r; a \r that ends a chunk
// swallows a \n that starts the next within crlfDelay milliseconds.
//
// Bytes are split before they are decoded: \r and \n never occur inside
// a UTF-8 sequence and end any partial one, so decoding each line alone
// gives what decoding the whole input and splitting the text gives, a
// character split across chunks included.
type splitter struct {
	crlfDelay float64
	pending   []byte // the unfinished line
	crAt      int64  // Date.now() of a \r that ended the last chunk, or 0
	text      []byte // segments' buffer of decoded lines, kept between chunks
}

// chunk splits the next chunk, read at now (ms since the epoch), calling
// line for each line it ends, with whether the line is all ASCII, where
// in b the line's bytes start (-1 when the line began in an earlier
// chunk) and whether a lone \n ended it. The line's bytes are valid only
// during the call.
func (s *splitter) chunk(b []byte, now int64, line func(b []byte, ascii bool, at int, lf bool)) {
	start := 0
	if s.crAt != 0 {
		if len(s.pending) == 0 && len(b) > 0 && b[0] == '\n' && float64(now-s.crAt) <= s.crlfDelay {
			start = 1
		}
		s.crAt = 0
	}
	var high byte // the OR of the line's bytes: ASCII when below 0x80
	for i := start; i < len(b); i++ {
		c := b[i]
		high |= c
		if c != '\n' && c != '\r' {
			continue
		}
		lf := c == '\n'
		if len(s.pending) > 0 {
			s.pending = append(s.pending, b[start:i]...)
			for _, p := range s.pending {
				high |= p
			}
			line(s.pending, high < 0x80, -1, lf)
			s.pending = s.pending[:0]
		} else {
			line(b[start:i], high < 0x80, start, lf)
		}
		high = 0
		if c == '\r' && i+1 < len(b) && b[i+1] == '\n' {
			i++
		}
		start = i + 1
	}
	if start < len(b) {
		s.pending = append(s.pending, b[start:]...)
	}
	if endsWithCR(b) {
		s.crAt = now
	}
}

// segments splits the next chunk as chunk does and passes its lines on
// as text segments, each some lines joined by \n (a line holds no \n, so
// splitting a segment at \n gives its lines back). Consecutive ASCII
// lines that lie whole in the chunk, each but the last ended by a lone
// \n, are one segment, the chunk's bytes as they are: its lines become
// slices of one string, the cheapest strings goja makes. Other lines
// (not ASCII, or begun in an earlier chunk) are decoded and joined into
// segments of their own. A segment ends at the line that brings it to
// maxSegment bytes (which bounds what one line a script keeps holds
// alive) or maxSegmentLines lines.
func (s *splitter) segments(b []byte, now int64, seg func(text string)) {
	run := -1     // where the open run of lines starts in b, or -1
	end := 0      // where its last line ends
	runLines := 0 // how many lines it holds
	closeRun := func() {
		if run >= 0 {
			seg(string(b[run:end]))
			run, runLines = -1, 0
		}
	}
	text := s.text[:0] // the open segment of other lines, while some
	textLines := 0     // how many lines it holds
	closeText := func() {
		if textLines > 0 {
			seg(string(text))
			text, textLines = text[:0], 0
		}
	}
	s.chunk(b, now, func(line []byte, ascii bool, at int, lf bool) {
		if at < 0 || !ascii {
			closeRun()
			if textLines > 0 {
				text = append(text, '\n')
			}
			if ascii {
				text = append(text, line...)
			} else {
				decoded, _, _ := runtime.DecodeUTF8(line, false, false)
				text = append(text, decoded...)
			}
			textLines++
			if len(text) >= maxSegment || textLines == maxSegmentLines {
				closeText()
			}
			return
		}
		closeText()
		if run < 0 {
			run = at
		}
		end = at + len(line)
		runLines++
		if !lf || end-run >= maxSegment || runLines == maxSegmentLines {
			closeRun()
		}
	})
	closeRun()
	closeText()
	if cap(text) <= maxSegment*2 {
		s.text = text[:0]
	}
}

// maxSegment is the size at which segments ends a run of lines.
const maxSegment = 4 << 10

// maxSegmentLines is the most lines a segment holds: the Interface's
// index into a segment's lines then stays below 256, a number goja
// represents without allocating.
const maxSegmentLines = 255

// endsWithCR reports whether the text b decodes to ends with \r, a
// trailing incomplete UTF-8 sequence (which a decoder keeps for the next
// chunk) left aside.
func endsWithCR(b []byte) bool {
	n := len(b)
	if n == 0 {
		return false
	}
	if b[n-1] < 0x80 {
		return b[n-1] == '\r'
	}
	_, pending, _ := runtime.DecodeUTF8(b[max(0, n-4):], false, true)
	return pending > 0 && n-pending-1 >= 0 && b[n-pending-1] == '\r'
}

// finalLine decodes the unfinished line at the end of input. As node's
// readline, which never ends its decoder, it leaves out the bytes of a
// character the input did not finish.
func finalLine(b []byte) string {
	s, _, _ := runtime.DecodeUTF8(b, false, true)
	return s
}
