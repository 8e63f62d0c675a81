package runtime

import "testing"

// TestJSONSyntaxMessage checks V8's wording of JSON syntax errors; the
// cases were checked against node 20's JSON.parse.
func TestJSONSyntaxMessage(t *testing.T) {
	cases := map[string]string{
		`{"a": 1}`:      "",
		`{"a": }`:       `Unexpected token '}', "{"a": }" is not valid JSON`,
		"":              "Unexpected end of JSON input",
		`[1,2,3,]`:      `Unexpected token ']', "[1,2,3,]" is not valid JSON`,
		`{"a" 1}`:       "Expected ':' after property name in JSON at position 5",
		`{"a":1 "b":2}`: "Expected ',' or '}' after property value in JSON at position 7",
		`{a:1}`:         "Expected property name or '}' in JSON at position 1",
		`{"a":1,}`:      "Expected double-quoted property name in JSON at position 7",
		`[1 2]`:         "Expected ',' or ']' after array element in JSON at position 3",
		`{} x`:          "Unexpected non-whitespace character after JSON at position 3",
		`NaN`:           `"NaN" is not valid JSON`,
		`"abc`:          "Unterminated string in JSON at position 4",
		`{"a":"\q"}`:    "Bad escaped character in JSON at position 7",
		`{"a":"\u12"}`:  "Bad Unicode escape in JSON at position 10",
		`-`:             "No number after minus sign in JSON at position 1",
		`1e`:            "Exponent part is missing a number in JSON at position 2",
		`1.`:            "Unterminated fractional number in JSON at position 2",
		`tru`:           "Unexpected end of JSON input",
		`trx`:           `Unexpected token 'x', "trx" is not valid JSON`,
		`01`:            "Unexpected number in JSON at position 1",
		`{"a":`:         "Unexpected end of JSON input",
		"\"a\tb\"":      "Bad control character in string literal in JSON at position 2",
		"{\"long\": \"a string long enough that V8 cuts the context\", \"b\": [1, 2, 3,], \"c\": 3}\n": `Unexpected token ']', ..." [1, 2, 3,], "c": 3}"... is not valid JSON`,
	}
	for src, want := range cases {
		if got := jsonSyntaxMessage(src); got != want {
			t.Errorf("%q: got %q, want %q", src, got, want)
		}
	}
}
