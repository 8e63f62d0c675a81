package diag

import (
	"math"
	"math/bits"
)

// histogram is an HDR histogram with HdrHistogram_c's bucket layout, the
// one node's perf_hooks histograms use: values keep `figures` significant
// decimal digits, and min, max, mean and percentiles come out as node's do.
type histogram struct {
	counts                   []int64
	total                    int64
	min, max                 int64
	unitMag, subHalfCountMag int
	subCount, subHalfCount   int64
	subMask                  int64
	highest                  int64

	count, exceeds int64 // node's own: values recorded, values out of range
	prev           int64 // recordDelta's previous time, 0 before the first
}

func newHistogram(lowest, highest int64, figures int) *histogram {
	largest := 2 * int64(math.Pow10(figures))
	subCountMag := int(math.Ceil(math.Log(float64(largest)) / math.Log(2)))
	subHalfCountMag := max(subCountMag, 1) - 1
	unitMag := int(math.Log(float64(lowest)) / math.Log(2))
	subCount := int64(1) << (subHalfCountMag + 1)
	h := &histogram{
		unitMag: unitMag, subHalfCountMag: subHalfCountMag,
		subCount: subCount, subHalfCount: subCount / 2,
		subMask: (subCount - 1) << unitMag, highest: highest,
	}
	untrackable := subCount << unitMag
	buckets := 1
	for untrackable <= highest {
		if untrackable > math.MaxInt64/2 {
			buckets++
			break
		}
		untrackable <<= 1
		buckets++
	}
	h.counts = make([]int64, (buckets+1)*int(subCount/2))
	h.reset()
	return h
}

func (h *histogram) reset() {
	clear(h.counts)
	h.total, h.min, h.max = 0, math.MaxInt64, 0
	h.count, h.exceeds, h.prev = 0, 0, 0
}

func (h *histogram) bucketIndex(v int64) int {
	pow2ceiling := 64 - bits.LeadingZeros64(uint64(v|h.subMask))
	return pow2ceiling - h.unitMag - (h.subHalfCountMag + 1)
}

func (h *histogram) subBucketIndex(v int64, bucket int) int64 { return v >> (bucket + h.unitMag) }

func (h *histogram) countsIndex(v int64) int {
	b := h.bucketIndex(v)
	sub := h.subBucketIndex(v, b)
	return int(int64(b+1)<<h.subHalfCountMag + sub - h.subHalfCount)
}

func (h *histogram) valueAtIndex(i int) int64 {
	b := (i >> h.subHalfCountMag) - 1
	sub := int64(i)&(h.subHalfCount-1) + h.subHalfCount
	if b < 0 {
		sub -= h.subHalfCount
		b = 0
	}
	return sub << (b + h.unitMag)
}

func (h *histogram) lowestEquivalent(v int64) int64 {
	b := h.bucketIndex(v)
	return h.subBucketIndex(v, b) << (b + h.unitMag)
}

func (h *histogram) rangeSize(v int64) int64 {
	b := h.bucketIndex(v)
	if h.subBucketIndex(v, b) >= h.subCount {
		b++
	}
	return 1 << (h.unitMag + b)
}

func (h *histogram) highestEquivalent(v int64) int64 {
	return h.lowestEquivalent(v) + h.rangeSize(v) - 1
}

func (h *histogram) medianEquivalent(v int64) int64 {
	return h.lowestEquivalent(v) + h.rangeSize(v)>>1
}

// record adds v; false when v is outside the trackable range.
func (h *histogram) record(v int64) bool {
	if v < 0 || v > h.highest {
		h.exceeds++
		return false
	}
	i := h.countsIndex(v)
	if i < 0 || i >= len(h.counts) {
		h.exceeds++
		return false
	}
	h.counts[i]++
	h.total++
	if v < h.min && v != 0 {
		h.min = v
	}
	if v > h.max {
		h.max = v
	}
	h.count++
	return true
}

// recordDelta records the time since its previous call (nanoseconds).
func (h *histogram) recordDelta(now int64) {
	if h.prev != 0 && now > h.prev {
		h.record(now - h.prev)
	}
	h.prev = now
}

// add merges o's values into h, each at the lowest value of its bucket
// (as hdr_add does).
func (h *histogram) add(o *histogram) {
	for i, c := range o.counts {
		if c == 0 {
			continue
		}
		v := o.valueAtIndex(i)
		for j := int64(0); j < c; j++ {
			if h.record(v) {
				h.count-- // counted below from o's count
			} else {
				h.exceeds--
			}
		}
	}
	h.count += o.count
	h.exceeds += o.exceeds
}

func (h *histogram) minValue() int64 {
	if len(h.counts) > 0 && h.counts[0] > 0 {
		return 0
	}
	if h.min == math.MaxInt64 {
		return math.MaxInt64
	}
	return h.lowestEquivalent(h.min)
}

func (h *histogram) maxValue() int64 {
	if h.max == 0 {
		return 0
	}
	return h.highestEquivalent(h.max)
}

func (h *histogram) mean() float64 {
	var total, seen int64
	for i, c := range h.counts {
		if seen >= h.total {
			break
		}
		if c != 0 {
			seen += c
			total += c * h.medianEquivalent(h.valueAtIndex(i))
		}
	}
	return float64(total) / float64(h.total)
}

func (h *histogram) stddev() float64 {
	m := h.mean()
	var dev float64
	for i, c := range h.counts {
		if c != 0 {
			d := float64(h.medianEquivalent(h.valueAtIndex(i))) - m
			dev += d * d * float64(c)
		}
	}
	return math.Sqrt(dev / float64(h.total))
}

func (h *histogram) percentile(p float64) int64 {
	if p > 100 {
		p = 100
	}
	want := max(int64(p/100*float64(h.total)+0.5), 1)
	var total int64
	for i, c := range h.counts {
		total += c
		if total >= want {
			return h.highestEquivalent(h.valueAtIndex(i))
		}
	}
	return 0
}

// percentiles walks the histogram as HdrHistogram_c's percentile iterator
// does with one tick per half distance, calling fn(percentile, value).
func (h *histogram) percentiles(fn func(p float64, v int64)) {
	idx, cum, count, value := -1, int64(0), int64(0), int64(0)
	next := func() bool {
		if idx+1 >= len(h.counts) {
			return false
		}
		idx++
		count = h.counts[idx]
		cum += count
		value = h.valueAtIndex(idx)
		return true
	}
	iterateTo := 0.0
	lastValue := int64(0)
	for {
		if cum >= h.total {
			fn(100, lastValue)
			return
		}
		if idx == -1 && !next() {
			return
		}
		yielded := false
		for {
			current := 100 * float64(cum) / float64(h.total)
			if count != 0 && iterateTo <= current {
				lastValue = value
				fn(iterateTo, value)
				temp := int64(math.Log(100/(100-iterateTo))/math.Log(2)) + 1
				half := int64(math.Pow(2, float64(temp)))
				iterateTo += 100 / float64(half)
				yielded = true
				break
			}
			if !next() {
				break
			}
		}
		if !yielded {
			fn(100, lastValue)
			return
		}
	}
}
