package sysnames_test

import (
	"syscall"
	"testing"

	"github.com/jsproc/jsproc/internal/sysnames"
)

func TestNamesAndNumbers(t *testing.T) {
	for _, c := range []struct {
		name string
		num  syscall.Signal
	}{{"SIGTERM", syscall.SIGTERM}, {"SIGKILL", syscall.SIGKILL}, {"SIGIOT", syscall.SIGABRT}, {"SIGPOLL", syscall.SIGIO}} {
		if got := sysnames.SignalNum(c.name); got != c.num {
			t.Errorf("SignalNum(%s) = %d, want %d", c.name, got, c.num)
		}
	}
	if n := sysnames.SignalNum("SIGNOPE"); n != 0 {
		t.Errorf("unknown name gives %d", n)
	}
	if n := sysnames.SignalName(syscall.SIGABRT); n != "SIGABRT" {
		t.Errorf("SignalName(SIGABRT) = %q", n)
	}
	if n := sysnames.SignalName(syscall.Signal(200)); n != "" {
		t.Errorf("SignalName(200) = %q", n)
	}
}

func TestEveryListedSignalRoundTrips(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range sysnames.Signals() {
		if seen[s.Name] {
			t.Errorf("%s listed twice", s.Name)
		}
		seen[s.Name] = true
		if s.Num <= 0 || sysnames.SignalNum(s.Name) != s.Num || sysnames.SignalName(s.Num) == "" {
			t.Errorf("%s: %d does not round-trip", s.Name, s.Num)
		}
	}
	if !seen["SIGHUP"] || !seen["SIGSYS"] || len(seen) < 30 {
		t.Errorf("table: %v", seen)
	}
}
