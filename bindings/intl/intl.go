// Package intl provides the ECMAScript Intl global (ECMA-402) on Go
// libraries: Segmenter on rivo/uniseg (Unicode text segmentation, UAX #29),
// NumberFormat, PluralRules and Collator on golang.org/x/text's CLDR data,
// ListFormat, RelativeTimeFormat, DateTimeFormat and Locale, and the
// locale-sensitive built-ins that use them (Number.prototype.toLocaleString,
// BigInt's, Date's toLocaleString, toLocaleDateString and
// toLocaleTimeString, String.prototype.localeCompare and
// Array.prototype.toLocaleString).
//
// The runtime makes Intl a global loaded on first access, each constructor
// loads its own module on first access, and the built-ins are stand-ins
// that load theirs on first call, so a script that uses none of them pays
// nothing. The default locale follows the environment as node's ICU does
// (the first of LC_ALL, LC_MESSAGES and LANG that is set; C and POSIX are
// en-US); the default time zone is TZ, else /etc/localtime's.
//
// CLDR data that x/text does not expose is kept in tables here, recorded
// from node's ICU for the locales they name: list patterns, compact
// patterns, English unit and currency names and relative-time words, zone
// aliases, and the date patterns and names of en-US, en-GB, de-DE, fr-FR
// and ja-JP (other locales take their language's, else en-US's).
//
// # Differences from node
//
//   - Word segmentation follows UAX #29 alone: ICU's dictionaries split
//     Chinese, Japanese and Thai runs into words, here each ideograph is
//     its own word.
//   - Number symbols come from x/text's CLDR, older than node's: French and
//     Swiss groups ("1 234" with U+00A0, not U+202F; "1’234"), Russian
//     and others differ; some currency symbols too (en-IN "US$").
//   - Currency names and units are English in every locale; numbering
//     systems other than latn, DisplayNames and non-Gregorian calendars
//     are absent.
//   - Date patterns of other locales are en-US's; long zone names are
//     English only and the generic zone names are written as offsets.
//   - Collation is x/text's CLDR with the case level and caseFirst added
//     here: Japanese script order and some tailorings (Danish "aa", "œ")
//     differ from ICU's.
//   - supportedValuesOf lists x/text's current currencies and the system's
//     zones, which differ from ICU's lists by a few entries.
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
