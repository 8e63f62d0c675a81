package intl

import "sync"

// currencyNames are CLDR's English currency names (Unicode license), for
// currencyDisplay "name": singular, plural.
var currencyNames = sync.OnceValue(func() map[string][2]string {
	return map[string][2]string{
		"USD": {"US dollar", "US dollars"},
		"EUR": {"euro", "euros"},
		"GBP": {"British pound", "British pounds"},
		"JPY": {"Japanese yen", "Japanese yen"},
		"CNY": {"Chinese yuan", "Chinese yuan"},
		"INR": {"Indian rupee", "Indian rupees"},
		"CAD": {"Canadian dollar", "Canadian dollars"},
		"AUD": {"Australian dollar", "Australian dollars"},
		"CHF": {"Swiss franc", "Swiss francs"},
		"KRW": {"South Korean won", "South Korean won"},
		"BRL": {"Brazilian real", "Brazilian reals"},
		"MXN": {"Mexican peso", "Mexican pesos"},
		"RUB": {"Russian ruble", "Russian rubles"},
		"SEK": {"Swedish krona", "Swedish kronor"},
		"NOK": {"Norwegian krone", "Norwegian kroner"},
		"DKK": {"Danish krone", "Danish kroner"},
		"PLN": {"Polish zloty", "Polish zlotys"},
		"CZK": {"Czech koruna", "Czech korunas"},
		"HUF": {"Hungarian forint", "Hungarian forints"},
		"TRY": {"Turkish lira", "Turkish Lira"},
		"ZAR": {"South African rand", "South African rand"},
		"NZD": {"New Zealand dollar", "New Zealand dollars"},
		"SGD": {"Singapore dollar", "Singapore dollars"},
		"HKD": {"Hong Kong dollar", "Hong Kong dollars"},
		"ILS": {"Israeli new shekel", "Israeli new shekels"},
	}
})

// unitPatterns are CLDR's English unit patterns (Unicode license): for each
// display (short, long, narrow), the singular and plural pattern.
var unitPatterns = sync.OnceValue(func() map[string][3][2]string {
	return map[string][3][2]string{
		"acre":              {{"{0} ac", "{0} ac"}, {"{0} acre", "{0} acres"}, {"{0}ac", "{0}ac"}},
		"bit":               {{"{0} bit", "{0} bit"}, {"{0} bit", "{0} bits"}, {"{0}bit", "{0}bit"}},
		"byte":              {{"{0} byte", "{0} byte"}, {"{0} byte", "{0} bytes"}, {"{0}B", "{0}B"}},
		"celsius":           {{"{0}\u00b0C", "{0}\u00b0C"}, {"{0} degree Celsius", "{0} degrees Celsius"}, {"{0}\u00b0C", "{0}\u00b0C"}},
		"centimeter":        {{"{0} cm", "{0} cm"}, {"{0} centimeter", "{0} centimeters"}, {"{0}cm", "{0}cm"}},
		"day":               {{"{0} day", "{0} days"}, {"{0} day", "{0} days"}, {"{0}d", "{0}d"}},
		"degree":            {{"{0} deg", "{0} deg"}, {"{0} degree", "{0} degrees"}, {"{0}\u00b0", "{0}\u00b0"}},
		"fahrenheit":        {{"{0}\u00b0F", "{0}\u00b0F"}, {"{0} degree Fahrenheit", "{0} degrees Fahrenheit"}, {"{0}\u00b0", "{0}\u00b0"}},
		"fluid-ounce":       {{"{0} fl oz", "{0} fl oz"}, {"{0} fluid ounce", "{0} fluid ounces"}, {"{0}fl oz", "{0}fl oz"}},
		"foot":              {{"{0} ft", "{0} ft"}, {"{0} foot", "{0} feet"}, {"{0}\u2032", "{0}\u2032"}},
		"gallon":            {{"{0} gal", "{0} gal"}, {"{0} gallon", "{0} gallons"}, {"{0}gal", "{0}gal"}},
		"gigabit":           {{"{0} Gb", "{0} Gb"}, {"{0} gigabit", "{0} gigabits"}, {"{0}Gb", "{0}Gb"}},
		"gigabyte":          {{"{0} GB", "{0} GB"}, {"{0} gigabyte", "{0} gigabytes"}, {"{0}GB", "{0}GB"}},
		"gram":              {{"{0} g", "{0} g"}, {"{0} gram", "{0} grams"}, {"{0}g", "{0}g"}},
		"hectare":           {{"{0} ha", "{0} ha"}, {"{0} hectare", "{0} hectares"}, {"{0}ha", "{0}ha"}},
		"hour":              {{"{0} hr", "{0} hr"}, {"{0} hour", "{0} hours"}, {"{0}h", "{0}h"}},
		"inch":              {{"{0} in", "{0} in"}, {"{0} inch", "{0} inches"}, {"{0}\u2033", "{0}\u2033"}},
		"kilobit":           {{"{0} kb", "{0} kb"}, {"{0} kilobit", "{0} kilobits"}, {"{0}kb", "{0}kb"}},
		"kilobyte":          {{"{0} kB", "{0} kB"}, {"{0} kilobyte", "{0} kilobytes"}, {"{0}kB", "{0}kB"}},
		"kilogram":          {{"{0} kg", "{0} kg"}, {"{0} kilogram", "{0} kilograms"}, {"{0}kg", "{0}kg"}},
		"kilometer":         {{"{0} km", "{0} km"}, {"{0} kilometer", "{0} kilometers"}, {"{0}km", "{0}km"}},
		"liter":             {{"{0} L", "{0} L"}, {"{0} liter", "{0} liters"}, {"{0}L", "{0}L"}},
		"megabit":           {{"{0} Mb", "{0} Mb"}, {"{0} megabit", "{0} megabits"}, {"{0}Mb", "{0}Mb"}},
		"megabyte":          {{"{0} MB", "{0} MB"}, {"{0} megabyte", "{0} megabytes"}, {"{0}MB", "{0}MB"}},
		"meter":             {{"{0} m", "{0} m"}, {"{0} meter", "{0} meters"}, {"{0}m", "{0}m"}},
		"microsecond":       {{"{0} \u03bcs", "{0} \u03bcs"}, {"{0} microsecond", "{0} microseconds"}, {"{0}\u03bcs", "{0}\u03bcs"}},
		"mile":              {{"{0} mi", "{0} mi"}, {"{0} mile", "{0} miles"}, {"{0}mi", "{0}mi"}},
		"mile-scandinavian": {{"{0} smi", "{0} smi"}, {"{0} mile-scandinavian", "{0} miles-scandinavian"}, {"{0}smi", "{0}smi"}},
		"milliliter":        {{"{0} mL", "{0} mL"}, {"{0} milliliter", "{0} milliliters"}, {"{0}mL", "{0}mL"}},
		"millimeter":        {{"{0} mm", "{0} mm"}, {"{0} millimeter", "{0} millimeters"}, {"{0}mm", "{0}mm"}},
		"millisecond":       {{"{0} ms", "{0} ms"}, {"{0} millisecond", "{0} milliseconds"}, {"{0}ms", "{0}ms"}},
		"minute":            {{"{0} min", "{0} min"}, {"{0} minute", "{0} minutes"}, {"{0}m", "{0}m"}},
		"month":             {{"{0} mth", "{0} mths"}, {"{0} month", "{0} months"}, {"{0}m", "{0}m"}},
		"nanosecond":        {{"{0} ns", "{0} ns"}, {"{0} nanosecond", "{0} nanoseconds"}, {"{0}ns", "{0}ns"}},
		"ounce":             {{"{0} oz", "{0} oz"}, {"{0} ounce", "{0} ounces"}, {"{0}oz", "{0}oz"}},
		"percent":           {{"{0}%", "{0}%"}, {"{0} percent", "{0} percent"}, {"{0}%", "{0}%"}},
		"petabyte":          {{"{0} PB", "{0} PB"}, {"{0} petabyte", "{0} petabytes"}, {"{0}PB", "{0}PB"}},
		"pound":             {{"{0} lb", "{0} lb"}, {"{0} pound", "{0} pounds"}, {"{0}#", "{0}#"}},
		"second":            {{"{0} sec", "{0} sec"}, {"{0} second", "{0} seconds"}, {"{0}s", "{0}s"}},
		"stone":             {{"{0} st", "{0} st"}, {"{0} stone", "{0} stones"}, {"{0}st", "{0}st"}},
		"terabit":           {{"{0} Tb", "{0} Tb"}, {"{0} terabit", "{0} terabits"}, {"{0}Tb", "{0}Tb"}},
		"terabyte":          {{"{0} TB", "{0} TB"}, {"{0} terabyte", "{0} terabytes"}, {"{0}TB", "{0}TB"}},
		"week":              {{"{0} wk", "{0} wks"}, {"{0} week", "{0} weeks"}, {"{0}w", "{0}w"}},
		"yard":              {{"{0} yd", "{0} yd"}, {"{0} yard", "{0} yards"}, {"{0}yd", "{0}yd"}},
		"year":              {{"{0} yr", "{0} yrs"}, {"{0} year", "{0} years"}, {"{0}y", "{0}y"}},
	}
})

// perUnitSuffixes are CLDR's English "per unit" patterns (Unicode license),
// as suffixes to the numerator's pattern: short, long, narrow.
var perUnitSuffixes = sync.OnceValue(func() map[string][3]string {
	return map[string][3]string{
		"acre":              {"/ac", " per acre", "/ac"},
		"bit":               {"/bit", " per bit", "/bit"},
		"byte":              {"/byte", " per byte", "/B"},
		"celsius":           {"/\u00b0C", " per degree Celsius", "/\u00b0C"},
		"centimeter":        {"/cm", " per centimeter", "/cm"},
		"day":               {"/d", " per day", "/d"},
		"degree":            {"/deg", " per degree", "/\u00b0"},
		"fahrenheit":        {"/\u00b0F", " per degree Fahrenheit", "/\u00b0"},
		"fluid-ounce":       {"/fl oz", " per fluid ounce", "/fl oz"},
		"foot":              {"/ft", " per foot", "/ft"},
		"gallon":            {"/gal US", " per gallon", "/gal"},
		"gigabit":           {"/Gb", " per gigabit", "/Gb"},
		"gigabyte":          {"/GB", " per gigabyte", "/GB"},
		"gram":              {"/g", " per gram", "/g"},
		"hectare":           {"/ha", " per hectare", "/ha"},
		"hour":              {"/h", " per hour", "/h"},
		"inch":              {"/in", " per inch", "/in"},
		"kilobit":           {"/kb", " per kilobit", "/kb"},
		"kilobyte":          {"/kB", " per kilobyte", "/kB"},
		"kilogram":          {"/kg", " per kilogram", "/kg"},
		"kilometer":         {"/km", " per kilometer", "/km"},
		"liter":             {"/L", " per liter", "/L"},
		"megabit":           {"/Mb", " per megabit", "/Mb"},
		"megabyte":          {"/MB", " per megabyte", "/MB"},
		"meter":             {"/m", " per meter", "/m"},
		"microsecond":       {"/\u03bcs", " per microsecond", "/\u03bcs"},
		"mile":              {"/mi", " per mile", "/mi"},
		"mile-scandinavian": {"/smi", " per mile-scandinavian", "/smi"},
		"milliliter":        {"/mL", " per milliliter", "/mL"},
		"millimeter":        {"/mm", " per millimeter", "/mm"},
		"millisecond":       {"/ms", " per millisecond", "/ms"},
		"minute":            {"/min", " per minute", "/min"},
		"month":             {"/m", " per month", "/m"},
		"nanosecond":        {"/ns", " per nanosecond", "/ns"},
		"ounce":             {"/oz", " per ounce", "/oz"},
		"percent":           {"/%", " per percent", "/%"},
		"petabyte":          {"/PB", " per petabyte", "/PB"},
		"pound":             {"/lb", " per pound", "/lb"},
		"second":            {"/s", " per second", "/s"},
		"stone":             {"/st", " per stone", "/st"},
		"terabit":           {"/Tb", " per terabit", "/Tb"},
		"terabyte":          {"/TB", " per terabyte", "/TB"},
		"week":              {"/w", " per week", "/w"},
		"yard":              {"/yd", " per yard", "/yd"},
		"year":              {"/y", " per year", "/y"},
	}
})

// compoundUnits are the per-units CLDR names as units of their own
// (short and narrow; their long forms are composed).
var compoundUnits = sync.OnceValue(func() map[string][2]string {
	return map[string][2]string{
		"mile-per-gallon": {"{0} mpg", "{0}mpg"},
		"mile-per-hour":   {"{0} mph", "{0}mph"},
	}
})
