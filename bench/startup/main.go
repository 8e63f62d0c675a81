// Command startup measures whole-process start-up: it runs each given
// command on an empty script N times, alternating between commands, and
// prints the median wall time and median peak RSS of each.
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
			rss[c] = append(rss[c], cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss)
		}
	}
	fmt.Printf("%-12s %12s %12s\n", "command", "wall (ms)", "peak RSS (MB)")
	for c, name := range cmds {
		sort.Slice(wall[c], func(i, j int) bool { return wall[c][i] < wall[c][j] })
		sort.Slice(rss[c], func(i, j int) bool { return rss[c][i] < rss[c][j] })
		fmt.Printf("%-12s %12.1f %12.1f\n", filepath.Base(name), float64(wall[c][len(wall[c])/2].Microseconds())/1000, float64(rss[c][len(rss[c])/2])/1024)
	}
}
