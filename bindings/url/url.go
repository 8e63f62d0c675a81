// Package url provides Node's url module in full: the WHATWG URL and
// URLSearchParams classes on a parser that follows the URL standard,
// fileURLToPath, pathToFileURL, urlToHttpOptions, domainToASCII and
// domainToUnicode, and the legacy parse/format/resolve API. It also
// provides querystring, which the legacy API is built on, and punycode.
package url

import (
	_ "embed"
	"sync"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
	"golang.org/x/net/idna"
)

var (
	//go:embed js/url.js
	urlSource string
	//go:embed js/legacy.js
	legacySource string
	//go:embed js/resolve.js
	resolveSource string
	//go:embed js/whatwg.js
	whatwgSource string
	//go:embed js/querystring.js
	querystringSource string
	//go:embed js/punycode.js
	punycodeSource string
)

var modules = []runtime.Module{
	runtime.JSModule("url", urlSource, binding),
	runtime.JSModule("internal/url/legacy", legacySource, nil),
	runtime.JSModule("internal/url/resolve", resolveSource, nil),
	runtime.JSModule("internal/url/whatwg", whatwgSource, binding),
	runtime.JSModule("querystring", querystringSource, nil),
	runtime.JSModule("punycode", punycodeSource, nil),
}

// Modules returns url, querystring and punycode.
func Modules() []runtime.Module { return modules }

// whatwg is UTS #46 processing as node's URL parser runs it:
// non-transitional, no STD3 rules, no hyphen or bidi checks. It is made on
// first use.
var whatwg = sync.OnceValue(func() *idna.Profile {
	return idna.New(idna.MapForLookup(), idna.Transitional(false),
		idna.StrictDomainName(false), idna.CheckHyphens(false))
})

func binding(r *runtime.Runtime, _ string) (goja.Value, error) {
	vm := r.VM()
	o := whatwgBinding(vm)
	o.Set("domainToASCII", func(s string) string {
		h, ok := parseDomainHost(s)
		if !ok {
			return ""
		}
		return h
	})
	o.Set("domainToUnicode", domainToUnicode)
	return o, nil
}
