// Command startup measures whole-process start-up: it runs each given
// command on an empty script N times, alternating between commands, and
// prints the median wall time, CPU time (user and system), minor page
// faults and peak RSS of each. On a loaded machine the CPU time is the
// steadier figure; the page faults say how much of the binary and heap a
// start-up touches.
//
//	go run ./bench/startup -n 20 -- jsproc node bun
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"
)

func main() {
	n := flag.Int("n", 20, "runs per command")
	script := flag.String("script", "", "script to run (default: an empty file)")
	flag.Parse()
	cmds := flag.Args()
	if len(cmds) == 0 {
		fmt.Fprintln(os.Stderr, "usage: startup [-n N] [-script file] cmd...")
		os.Exit(2)
	}
	if *script == "" {
		dir, err := os.MkdirTemp("", "startup-")
		if err != nil {
			panic(err)
		}
		defer os.RemoveAll(dir)
		*script = filepath.Join(dir, "empty.js")
		if err := os.WriteFile(*script, nil, 0o644); err != nil {
			panic(err)
		}
	}
	env := []string{}
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "NODE_EXTRA_CA_CERTS=") && !strings.HasPrefix(kv, "NODE_OPTIONS=") {
			env = append(env, kv)
		}
	}
	wall := make([][]time.Duration, len(cmds))
	cpu := make([][]time.Duration, len(cmds))
	flt := make([][]int64, len(cmds))
	rss := make([][]int64, len(cmds))
	for i := 0; i < *n; i++ {
		for c, name := range cmds {
			cmd := exec.Command(name, *script)
			cmd.Env = env
			start := time.Now()
			if err := cmd.Run(); err != nil {
				fmt.Fprintf(os.Stderr, "%s: %v\n", name, err)
				os.Exit(1)
			}
			wall[c] = append(wall[c], time.Since(start))
			ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
			cpu[c] = append(cpu[c], time.Duration(ru.Utime.Nano()+ru.Stime.Nano()))
			flt[c] = append(flt[c], ru.Minflt)
			rss[c] = append(rss[c], ru.Maxrss)
		}
	}
	fmt.Printf("%-12s %10s %10s %8s %14s\n", "command", "wall (ms)", "cpu (ms)", "minflt", "peak RSS (MB)")
	for c, name := range cmds {
		fmt.Printf("%-12s %10.2f %10.2f %8d %14.1f\n", filepath.Base(name), ms(median(wall[c])), ms(median(cpu[c])),
			median(flt[c]), float64(median(rss[c]))/1024)
	}
}

// median returns the middle value of xs (sorting it).
func median[T time.Duration | int64](xs []T) T {
	sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })
	return xs[len(xs)/2]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
