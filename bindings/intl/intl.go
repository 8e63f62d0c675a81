// Package intl provides the ECMAScript Intl global (ECMA-402) on Go
// libraries: Segmenter on rivo/uniseg (Unicode text segmentation),
// NumberFormat, PluralRules, Collator, ListFormat, RelativeTimeFormat,
// DateTimeFormat and DisplayNames on golang.org/x/text's CLDR data where it
// has it, and the locale-sensitive built-ins that use them
// (Number.prototype.toLocaleString, BigInt's, Date's toLocaleString,
// toLocaleDateString and toLocaleTimeString, String.prototype.localeCompare,
// Array.prototype.toLocaleString).
//
// The runtime makes Intl a global loaded on first access and the built-ins
// stand-ins that load it on first call, so a script that uses none of them
// pays nothing. The default locale follows the environment as node's ICU
// does (LC_ALL, then LC_MESSAGES, then LANG; C and POSIX mean en-US).
//
// CLDR data that x/text does not expose (list patterns, currency and date
// patterns, compact and relative-time words) is kept in tables here for the
// locales they name; other locales fall back to English wording with the
// locale's number symbols.
package intl

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

var (
	//go:embed js/intl.js
	intlSource string
	//go:embed js/common.js
	commonSource string
	//go:embed js/segmenter.js
	segmenterSource string
	//go:embed js/listformat.js
	listFormatSource string
	//go:embed js/numberformat.js
	numberFormatSource string
	//go:embed js/datetimeformat.js
	dateTimeFormatSource string
	//go:embed js/misc.js
	miscSource string
)

var modules = []runtime.Module{
	runtime.JSModule("internal/intl", intlSource, binding),
	runtime.JSModule("internal/intl/common", commonSource, binding),
	runtime.JSModule("internal/intl/segmenter", segmenterSource, binding),
	runtime.JSModule("internal/intl/listformat", listFormatSource, binding),
	runtime.JSModule("internal/intl/numberformat", numberFormatSource, binding),
	runtime.JSModule("internal/intl/datetimeformat", dateTimeFormatSource, binding),
	runtime.JSModule("internal/intl/misc", miscSource, binding),
}

// Modules returns the internal modules behind the Intl global.
func Modules() []runtime.Module { return modules }

// binding returns the natives the modules share, made once per runtime.
func binding(r *runtime.Runtime, _ string) (goja.Value, error) {
	return runtime.State(r, bindingKey{}, func() *goja.Object {
		vm := r.VM()
		o := vm.NewObject()
		installLocale(vm, o)
		installSegment(vm, o)
		installNumber(vm, o)
		installMisc(vm, o)
		installDate(vm, o)
		return o
	}), nil
}

type bindingKey struct{}
