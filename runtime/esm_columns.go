package runtime

import (
	"encoding/base64"
	"encoding/json"
	"strings"
)

// shiftMapColumns moves every generated and original column of an inline
// source map (esbuild's, which counts columns from 0) one to the right.
// goja looks a position up by its 1-based column and reports the original
// column it finds as it is; shifted, the lookup lands on the token's own
// mapping and the column reported is node's 1-based one.
func shiftMapColumns(sm string) string {
	const dataPrefix = sourceMapPrefix + "data:application/json;base64,"
	if !strings.HasPrefix(sm, dataPrefix) {
		return sm
	}
	data, err := base64.StdEncoding.DecodeString(sm[len(dataPrefix):])
	if err != nil {
		return sm
	}
	var m map[string]any
	if json.Unmarshal(data, &m) != nil {
		return sm
	}
	mappings, ok := m["mappings"].(string)
	if !ok {
		return sm
	}
	shifted, ok := shiftMappings(mappings)
	if !ok {
		return sm
	}
	m["mappings"] = shifted
	data, err = json.Marshal(m)
	if err != nil {
		return sm
	}
	return dataPrefix + base64.StdEncoding.EncodeToString(data)
}

// shiftMappings adds one to the first segment's generated column on each
// line (generated columns restart at each line) and to the first original
// column of the map (original columns are relative to the previous one
// throughout).
func shiftMappings(mappings string) (string, bool) {
	lines := strings.Split(mappings, ";")
	origDone := false
	for i, line := range lines {
		if line == "" {
			continue
		}
		first, rest, _ := strings.Cut(line, ",")
		fields, ok := vlqDecode(first)
		if !ok || len(fields) == 0 {
			return "", false
		}
		fields[0]++
		if !origDone && len(fields) >= 4 {
			fields[3]++
			origDone = true
		}
		var b strings.Builder
		for _, f := range fields {
			b.WriteString(vlq(f))
		}
		if rest != "" || strings.Contains(line, ",") {
			b.WriteString("," + rest)
		}
		if !origDone {
			// The first original column may sit in a later segment.
			segs := strings.Split(b.String(), ",")
			for j := 1; j < len(segs) && !origDone; j++ {
				f, ok := vlqDecode(segs[j])
				if !ok {
					return "", false
				}
				if len(f) >= 4 {
					f[3]++
					origDone = true
					var sb strings.Builder
					for _, x := range f {
						sb.WriteString(vlq(x))
					}
					segs[j] = sb.String()
				}
			}
			lines[i] = strings.Join(segs, ",")
			continue
		}
		lines[i] = b.String()
	}
	return strings.Join(lines, ";"), true
}

// vlqDecode decodes one source map segment's base64 VLQ fields.
func vlqDecode(seg string) ([]int, bool) {
	var out []int
	shift, value := 0, 0
	for i := 0; i < len(seg); i++ {
		d := strings.IndexByte(vlqDigits, seg[i])
		if d < 0 {
			return nil, false
		}
		value |= (d & 31) << shift
		if d&32 != 0 {
			shift += 5
			continue
		}
		if value&1 != 0 {
			out = append(out, -(value >> 1))
		} else {
			out = append(out, value>>1)
		}
		shift, value = 0, 0
	}
	return out, shift == 0
}

const vlqDigits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
