package os

import (
	"bufio"
	"bytes"
	goos "os"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

type unameInfo struct{ sysname, release, version, machine string }

func cstr(b []byte) string {
	if i := bytes.IndexByte(b, 0); i >= 0 {
		b = b[:i]
	}
	return string(b)
}

func uname() unameInfo {
	var u unix.Utsname
	if err := unix.Uname(&u); err != nil {
		return unameInfo{sysname: "Linux"}
	}
	return unameInfo{cstr(u.Sysname[:]), cstr(u.Release[:]), cstr(u.Version[:]), cstr(u.Machine[:])}
}

type cpuInfo struct {
	model                      string
	speed                      int
	user, nice, sys, idle, irq float64
}

// readCPUs reads per-CPU times from /proc/stat (in ms, as libuv reports
// them) and models from /proc/cpuinfo.
func readCPUs() []cpuInfo {
	var cpus []cpuInfo
	if f, err := goos.Open("/proc/stat"); err == nil {
		sc := bufio.NewScanner(f)
		const msPerTick = 1000.0 / 100 // USER_HZ is 100 on Linux
		for sc.Scan() {
			fields := strings.Fields(sc.Text())
			if len(fields) < 8 || !strings.HasPrefix(fields[0], "cpu") || fields[0] == "cpu" {
				continue
			}
			n := func(i int) float64 {
				v, _ := strconv.ParseFloat(fields[i], 64)
				return v * msPerTick
			}
			cpus = append(cpus, cpuInfo{user: n(1), nice: n(2), sys: n(3), idle: n(4), irq: n(6)})
		}
		f.Close()
	}
	var models []string
	var mhz []float64
	if data, err := goos.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			k, v, ok := strings.Cut(line, ":")
			if !ok {
				continue
			}
			switch strings.TrimSpace(k) {
			case "model name":
				models = append(models, strings.TrimSpace(v))
			case "cpu MHz":
				f, _ := strconv.ParseFloat(strings.TrimSpace(v), 64)
				mhz = append(mhz, f)
			}
		}
	}
	for i := range cpus {
		cpus[i].model = "unknown"
		if i < len(models) {
			cpus[i].model = models[i]
		}
		if b, err := goos.ReadFile("/sys/devices/system/cpu/cpu" + strconv.Itoa(i) + "/cpufreq/scaling_cur_freq"); err == nil {
			khz, _ := strconv.Atoi(strings.TrimSpace(string(b)))
			cpus[i].speed = khz / 1000
		} else if i < len(mhz) && len(models) == 0 {
			cpus[i].speed = int(mhz[i])
		}
	}
	return cpus
}

// memory returns total and available memory in bytes.
func memory() (total, free float64) {
	if data, err := goos.ReadFile("/proc/meminfo"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			f := strings.Fields(line)
			if len(f) < 2 {
				continue
			}
			v, _ := strconv.ParseFloat(f[1], 64)
			switch f[0] {
			case "MemTotal:":
				total = v * 1024
			case "MemAvailable:":
				free = v * 1024
			}
		}
	}
	if total == 0 {
		var si unix.Sysinfo_t
		if unix.Sysinfo(&si) == nil {
			total = float64(si.Totalram) * float64(si.Unit)
			free = float64(si.Freeram) * float64(si.Unit)
		}
	}
	return total, free
}

func uptime() float64 {
	if data, err := goos.ReadFile("/proc/uptime"); err == nil {
		if f := strings.Fields(string(data)); len(f) > 0 {
			v, err := strconv.ParseFloat(f[0], 64)
			if err == nil {
				return v
			}
		}
	}
	var si unix.Sysinfo_t
	if unix.Sysinfo(&si) == nil {
		return float64(si.Uptime)
	}
	return 0
}

func loadavg() [3]float64 {
	var out [3]float64
	if data, err := goos.ReadFile("/proc/loadavg"); err == nil {
		f := strings.Fields(string(data))
		for i := 0; i < 3 && i < len(f); i++ {
			out[i], _ = strconv.ParseFloat(f[i], 64)
		}
	}
	return out
}

// getPriority returns the nice value of pid (0: this process). The raw
// syscall returns 20 - nice on Linux.
func getPriority(pid int) (int, error) {
	p, err := unix.Getpriority(unix.PRIO_PROCESS, pid)
	if err != nil {
		return 0, err
	}
	return 20 - p, nil
}

func setPriority(pid, prio int) error {
	return unix.Setpriority(unix.PRIO_PROCESS, pid, prio)
}
