// Package diag provides Node's diagnostics modules: perf_hooks (user
// timing marks and measures, PerformanceObserver, timerify, event-loop
// utilization and delay, HDR histograms) and diagnostics_channel.
//
// The global performance object is perf_hooks' performance: the runtime's
// own object, extended with the user timing API when this package's
// modules are present.
package diag

import (
	_ "embed"
	"math"
	"math/big"
	"time"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

var (
	//go:embed js/perf_hooks.js
	perfHooksSource string
	//go:embed js/histogram.js
	histogramSource string
	//go:embed js/diagnostics_channel.js
	diagnosticsChannelSource string
)

var modules = []runtime.Module{
	runtime.JSModule("perf_hooks", perfHooksSource, binding),
	runtime.JSModule("internal/perf_hooks/histogram", histogramSource, binding),
	runtime.JSModule("diagnostics_channel", diagnosticsChannelSource, nil),
}

// Modules returns perf_hooks and diagnostics_channel.
func Modules() []runtime.Module { return modules }

func binding(r *runtime.Runtime, _ string) (goja.Value, error) {
	vm := r.VM()
	o := vm.NewObject()
	o.Set("histogram", func(lowest, highest int64, figures int) *goja.Object {
		return newHistogramObject(vm, newHistogram(lowest, highest, figures))
	})
	// loopTiming returns how long ago the loop started (ms; -1 before it
	// has) and how long it has been idle (ms).
	o.Set("loopTiming", func() goja.Value {
		started, idle := r.Loop().Timing()
		if started.IsZero() {
			return vm.NewArray(-1, 0)
		}
		return vm.NewArray(float64(time.Since(started))/1e6, float64(idle)/1e6)
	})
	return o, nil
}

// newHistogramObject is the native side of a perf_hooks histogram.
func newHistogramObject(vm *goja.Runtime, h *histogram) *goja.Object {
	o := vm.NewObject()
	num := func(v int64) goja.Value { return vm.ToValue(float64(v)) }
	o.Set("record", func(v goja.Value) {
		if b, ok := v.Export().(*big.Int); ok {
			if !b.IsInt64() {
				h.exceeds++
				return
			}
			h.record(b.Int64())
			return
		}
		f := v.ToFloat()
		if f > math.MaxInt64 {
			h.exceeds++
			return
		}
		h.record(int64(f))
	})
	o.Set("recordDelta", func() { h.recordDelta(time.Now().UnixNano()) })
	o.Set("reset", h.reset)
	o.Set("count", func() goja.Value { return num(h.count) })
	o.Set("exceeds", func() goja.Value { return num(h.exceeds) })
	o.Set("min", func() goja.Value { return num(h.minValue()) })
	o.Set("max", func() goja.Value { return num(h.maxValue()) })
	o.Set("mean", h.mean)
	o.Set("stddev", h.stddev)
	o.Set("percentile", func(p float64) goja.Value { return num(h.percentile(p)) })
	o.Set("bigint", func(which string, p float64) goja.Value {
		var v int64
		switch which {
		case "count":
			v = h.count
		case "exceeds":
			v = h.exceeds
		case "min":
			v = h.minValue()
		case "max":
			v = h.maxValue()
		default:
			v = h.percentile(p)
		}
		return vm.ToValue(big.NewInt(v))
	})
	o.Set("percentiles", func() goja.Value {
		var flat []any
		h.percentiles(func(p float64, v int64) { flat = append(flat, p, float64(v)) })
		return vm.NewArray(flat...)
	})
	o.Set("add", func(other *goja.Object) {
		if oh, ok := other.Get("__histogram").Export().(*histogram); ok {
			h.add(oh)
		}
	})
	_ = o.DefineDataProperty("__histogram", vm.ToValue(h), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	return o
}
