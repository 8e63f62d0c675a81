// Package url provides Node's url module in full (the WHATWG URL and
// URLSearchParams classes, fileURLToPath, pathToFileURL, urlToHttpOptions,
// domainToASCII/domainToUnicode and the legacy parse/format/resolve API),
// and the querystring and punycode modules the legacy API is built on.
package url

import (
	_ "embed"
	"strings"

	"github.com/dop251/goja"
	gojaurl "github.com/dop251/goja_nodejs/url"
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
	//go:embed js/querystring.js
	querystringSource string
	//go:embed js/punycode.js
	punycodeSource string
)

var modules = []runtime.Module{
	runtime.JSModule("url", urlSource, binding),
	runtime.JSModule("internal/url/legacy", legacySource, nil),
	runtime.JSModule("internal/url/resolve", resolveSource, nil),
	runtime.JSModule("querystring", querystringSource, nil),
	runtime.JSModule("punycode", punycodeSource, nil),
}

// Modules returns url, querystring and punycode.
func Modules() []runtime.Module { return modules }

// whatwg is UTS #46 processing as the WHATWG URL standard's "domain to
// ASCII" runs it: non-transitional, no STD3 rules, no hyphen checks.
var whatwg = idna.New(idna.MapForLookup(), idna.BidiRule(), idna.Transitional(false),
	idna.StrictDomainName(false), idna.CheckHyphens(false))

// forbiddenDomain are the code points the URL standard refuses in a host
// once it is ASCII.
const forbiddenDomain = "\x00\t\n\r #/:<>?@[\\]^|%\x7f"

func binding(r *runtime.Runtime, _ string) (goja.Value, error) {
	vm := r.VM()
	o := vm.NewObject()
	o.Set("whatwg", func() goja.Value {
		m := vm.NewObject()
		m.Set("exports", vm.NewObject())
		gojaurl.Require(vm, m)
		return m.Get("exports")
	})
	o.Set("domainToASCII", func(s string) string {
		a, err := whatwg.ToASCII(s)
		if err != nil || a == "" || strings.ContainsAny(a, forbiddenDomain) || hasControl(a) {
			return ""
		}
		return a
	})
	o.Set("domainToUnicode", func(s string) string {
		if _, err := whatwg.ToASCII(s); err != nil {
			return ""
		}
		u, err := whatwg.ToUnicode(s)
		if err != nil {
			return ""
		}
		return u
	})
	return o, nil
}

func hasControl(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 {
			return true
		}
	}
	return false
}
