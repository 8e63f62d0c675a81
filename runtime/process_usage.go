package runtime

import (
	"bufio"
	"bytes"
	"math"
	"os"
	"path/filepath"
	goruntime "runtime"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// This file is process's resource accounting: memoryUsage, cpuUsage,
// resourceUsage and the memory limits libuv reads from the cgroup.

// setUsageMethods adds memoryUsage, cpuUsage, resourceUsage,
// constrainedMemory and availableMemory to process.
func (r *Runtime) setUsageMethods(p *goja.Object) {
	vm := r.vm
	mem := vm.ToValue(func() goja.Value {
		var ms goruntime.MemStats
		goruntime.ReadMemStats(&ms)
		o := vm.NewObject()
		o.Set("rss", residentSetSize())
		o.Set("heapTotal", ms.HeapSys)
		o.Set("heapUsed", ms.HeapAlloc)
		o.Set("external", 0)
		o.Set("arrayBuffers", 0)
		return o
	}).ToObject(vm)
	mem.Set("rss", residentSetSize)
	p.Set("memoryUsage", mem)
	p.Set("cpuUsage", r.cpuUsage)
	p.Set("resourceUsage", func() goja.Value {
		var ru unix.Rusage
		_ = unix.Getrusage(unix.RUSAGE_SELF, &ru)
		o := vm.NewObject()
		o.Set("userCPUTime", ru.Utime.Sec*1e6+ru.Utime.Usec)
		o.Set("systemCPUTime", ru.Stime.Sec*1e6+ru.Stime.Usec)
		o.Set("maxRSS", ru.Maxrss)
		o.Set("sharedMemorySize", ru.Ixrss)
		o.Set("unsharedDataSize", ru.Idrss)
		o.Set("unsharedStackSize", ru.Isrss)
		o.Set("minorPageFault", ru.Minflt)
		o.Set("majorPageFault", ru.Majflt)
		o.Set("swappedOut", ru.Nswap)
		o.Set("fsRead", ru.Inblock)
		o.Set("fsWrite", ru.Oublock)
		o.Set("ipcSent", ru.Msgsnd)
		o.Set("ipcReceived", ru.Msgrcv)
		o.Set("signalsCount", ru.Nsignals)
		o.Set("voluntaryContextSwitches", ru.Nvcsw)
		o.Set("involuntaryContextSwitches", ru.Nivcsw)
		return o
	})
	p.Set("constrainedMemory", func() float64 { return float64(constrainedMemory()) })
	p.Set("availableMemory", func() float64 { return float64(availableMemory()) })
}

// cpuUsage is process.cpuUsage([previousValue]) in microseconds, with
// node's checks of previousValue.
func (r *Runtime) cpuUsage(call goja.FunctionCall) goja.Value {
	vm := r.vm
	var ru unix.Rusage
	_ = unix.Getrusage(unix.RUSAGE_SELF, &ru)
	user := float64(ru.Utime.Sec*1e6 + ru.Utime.Usec)
	system := float64(ru.Stime.Sec*1e6 + ru.Stime.Usec)
	prev := call.Argument(0)
	if prev.ToBoolean() {
		obj := prev.ToObject(vm)
		for i, field := range []string{"user", "system"} {
			v := obj.Get(field)
			if v == nil {
				v = goja.Undefined()
			}
			n, isNum := v.Export().(int64)
			f := float64(n)
			if !isNum {
				f, isNum = v.Export().(float64)
			}
			if isNum && f >= 0 && f <= 1<<53-1 {
				if i == 0 {
					user -= f
				} else {
					system -= f
				}
				continue
			}
			if i == 0 {
				if o, ok := prev.(*goja.Object); !ok || o.ClassName() == "Array" || o.ClassName() == "Function" {
					panic(r.jsError("invalidArgType", vm.ToValue("prevValue"), vm.ToValue("object"), prev))
				}
			}
			name := vm.ToValue("prevValue." + field)
			if !isNum {
				panic(r.jsError("invalidArgType", name, vm.ToValue("number"), v))
			}
			e := r.jsError("invalidArgValue", name, v)
			ctor, _ := goja.AssertConstructor(vm.Get("RangeError"))
			re, _ := ctor(nil, e.Get("message"))
			re.Set("code", "ERR_INVALID_ARG_VALUE")
			panic(re)
		}
	}
	o := vm.NewObject()
	o.Set("user", user)
	o.Set("system", system)
	return o
}

// residentSetSize is the current resident set in bytes, read from
// /proc/self/stat as libuv does; 0 where that is unavailable.
func residentSetSize() int64 {
	data, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return 0
	}
	i := bytes.LastIndexByte(data, ')')
	if i < 0 {
		return 0
	}
	fields := strings.Fields(string(data[i+1:]))
	// After the command: state is field 3; rss is field 24.
	if len(fields) < 22 {
		return 0
	}
	pages, _ := strconv.ParseInt(fields[21], 10, 64)
	return pages * int64(os.Getpagesize())
}

// constrainedMemory is the memory limit of the process's cgroup (v2's
// memory.max and memory.high, v1's limit and soft limit, the lower of
// each pair), math.MaxUint64 when the group sets none, 0 when no cgroup
// memory controller is found: what libuv reports.
func constrainedMemory() uint64 {
	v2, v1 := cgroupPaths()
	if v2 != "" {
		dir := filepath.Join("/sys/fs/cgroup", v2)
		high, ok1 := readCgroupValue(filepath.Join(dir, "memory.high"))
		max, ok2 := readCgroupValue(filepath.Join(dir, "memory.max"))
		if ok1 && ok2 {
			return min(high, max)
		}
	}
	if v1 != "" {
		dir := filepath.Join("/sys/fs/cgroup/memory", v1)
		soft, ok1 := readCgroupValue(filepath.Join(dir, "memory.soft_limit_in_bytes"))
		hard, ok2 := readCgroupValue(filepath.Join(dir, "memory.limit_in_bytes"))
		if ok1 && ok2 {
			return min(soft, hard)
		}
	}
	return 0
}

// availableMemory is what the process may still allocate: the cgroup's
// limit less its current use, or the system's available memory when the
// group is unconstrained.
func availableMemory() uint64 {
	free := freeMemory()
	limit := constrainedMemory()
	if limit == 0 || limit == math.MaxUint64 {
		return free
	}
	v2, v1 := cgroupPaths()
	var current uint64
	if v2 != "" {
		current, _ = readCgroupValue(filepath.Join("/sys/fs/cgroup", v2, "memory.current"))
	} else if v1 != "" {
		current, _ = readCgroupValue(filepath.Join("/sys/fs/cgroup/memory", v1, "memory.usage_in_bytes"))
	}
	if current >= limit {
		return 0
	}
	return min(limit-current, free)
}

// cgroupPaths returns the process's cgroup v2 path (when the unified
// hierarchy mounts a memory controller) and its v1 memory cgroup path.
func cgroupPaths() (v2, v1 string) {
	f, err := os.Open("/proc/self/cgroup")
	if err != nil {
		return "", ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		parts := strings.SplitN(sc.Text(), ":", 3)
		if len(parts) != 3 {
			continue
		}
		switch {
		case parts[0] == "0" && parts[1] == "":
			if _, err := os.Stat(filepath.Join("/sys/fs/cgroup", parts[2], "memory.max")); err == nil {
				v2 = parts[2]
			}
		case strings.Contains(","+parts[1]+",", ",memory,"):
			v1 = parts[2]
		}
	}
	return v2, v1
}

// readCgroupValue reads a cgroup memory file: "max", or a v1 limit at the
// largest page-aligned int64, means no limit (math.MaxUint64).
func readCgroupValue(path string) (uint64, bool) {
	data, err := os.ReadFile(path)
	if err != nil {
		return 0, false
	}
	s := strings.TrimSpace(string(data))
	if s == "max" {
		return math.MaxUint64, true
	}
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, false
	}
	page := uint64(os.Getpagesize())
	if v == math.MaxInt64/page*page {
		return math.MaxUint64, true
	}
	return v, true
}

// freeMemory is MemAvailable from /proc/meminfo (what os.freemem reports).
func freeMemory() uint64 {
	f, err := os.Open("/proc/meminfo")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "MemAvailable:"); ok {
			kb, _ := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb * 1024
		}
	}
	return 0
}
