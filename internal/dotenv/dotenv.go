// Package dotenv parses the environment files of node's --env-file option,
// process.loadEnvFile and util.parseEnv with node 20's rules: KEY=value
// lines, an optional "export " before the key, values in single, double or
// back quotes (which may span lines; "\n" in double quotes is a newline),
// and "#" comments after unquoted values. Node's parser is lenient rather
// than strict, and this one follows it where it is surprising too: only
// spaces are trimmed, a line without "=" ends the parse, and a line that
// starts with a space is not taken for a comment.
package dotenv

import (
	"sort"
	"strings"
)

// Parse returns the variables src sets; a key set twice keeps its last
// value.
func Parse(src string) map[string]string {
	out := map[string]string{}
	content := trimSpaces(strings.ReplaceAll(src, "\r", ""))
	for content != "" {
		// An empty line or a comment: skip to the next line.
		if content[0] == '\n' || content[0] == '#' {
			if nl := strings.IndexByte(content, '\n'); nl >= 0 {
				content = content[nl+1:]
				continue
			}
		}
		eq := strings.IndexByte(content, '=')
		if eq < 0 {
			break
		}
		key := trimSpaces(content[:eq])
		content = trimSpaces(content[eq+1:])
		if key == "" {
			break
		}
		key = strings.TrimPrefix(key, "export ")
		if content == "" {
			out[key] = ""
			break
		}
		q := content[0]
		if q != '"' && q != '\'' && q != '`' {
			// An unquoted value runs to the end of the line, less a comment.
			v := content
			if nl := strings.IndexByte(content, '\n'); nl >= 0 {
				v, content = content[:nl], content[nl:]
			} else {
				content = ""
			}
			if h := strings.IndexByte(v, '#'); h >= 0 {
				v = v[:h]
			}
			out[key] = trimSpaces(v)
			continue
		}
		end := strings.IndexByte(content[1:], q)
		if end < 0 {
			// No closing quote: the rest of the line, opening quote and
			// all, is the value; at the end of the input, nothing is.
			nl := strings.IndexByte(content, '\n')
			if nl < 0 {
				break
			}
			out[key], content = content[:nl], content[nl:]
			continue
		}
		end++
		v := content[1:end]
		if q == '"' {
			v = strings.ReplaceAll(v, `\n`, "\n")
		}
		out[key] = v
		// What follows the closing quote on its line is ignored.
		if nl := strings.IndexByte(content[end+1:], '\n'); nl >= 0 {
			content = content[end+1+nl:]
		} else {
			content = ""
		}
	}
	return out
}

// Keys returns the keys of vars in byte order, the order of node's
// util.parseEnv result.
func Keys(vars map[string]string) []string {
	keys := make([]string, 0, len(vars))
	for k := range vars {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// trimSpaces trims spaces (only) from both ends of s.
func trimSpaces(s string) string {
	return strings.Trim(s, " ")
}
