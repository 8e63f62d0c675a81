// Package network provides Node's network modules on Go's net package:
// net (TCP and Unix-socket servers and sockets), dns (lookups through
// the system's hosts file and DNS, queries to DNS servers) and tls (on
// crypto/tls, the peer checked with node's error codes). Each connection is a
// bindings/stream Handle, so its bytes move through internal/streamio like
// every other Go-backed stream.
package network

import (
	_ "embed"
	"net/netip"
	"syscall"

	"github.com/dop251/goja"
	"github.com/jsproc/jsproc/runtime"
)

//go:embed js/net.js
var netSource string

//go:embed js/dns.js
var dnsSource string

//go:embed js/net_util.js
var netUtilSource string

//go:embed js/net_server.js
var netServerSource string

//go:embed js/socketaddress.js
var socketAddressSource string

//go:embed js/tls_ciphers.js
var tlsCiphersSource string

//go:embed js/tls.js
var tlsSource string

//go:embed js/tls_context.js
var tlsContextSource string

var modules = []runtime.Module{
	runtime.JSModule("net", netSource, binding),
	runtime.JSModule("dns", dnsSource, binding),
	runtime.JSModule("tls", tlsSource, binding),
	runtime.JSModule("internal/net_socketaddress", socketAddressSource, binding),
	runtime.JSModule("internal/net_util", netUtilSource, binding),
	runtime.JSModule("internal/net_server", netServerSource, binding),
	runtime.JSModule("internal/tls_ciphers", tlsCiphersSource, binding),
	runtime.JSModule("internal/tls_context", tlsContextSource, binding),
	runtime.JSModule("dns/promises", "'use strict';\nmodule.exports = require('dns').promises;\n", binding),
}

// Modules returns the net, dns, dns/promises and tls modules.
func Modules() []runtime.Module { return modules }

// binding is internalBinding('net').
func binding(rt *runtime.Runtime, _ string) (goja.Value, error) {
	vm := rt.VM()
	o := vm.NewObject()
	o.Set("isIP", func(s string) int { return ipVersion(s) })
	o.Set("errname", func(errno int) string { return runtime.ErrnoName(syscall.Errno(-errno)) })
	o.Set("errmessage", func(errno int) string { return runtime.ErrnoMessage(syscall.Errno(-errno)) })
	o.Set("connect", func(call goja.FunctionCall) goja.Value { return connect(rt, call) })
	o.Set("secureSocket", func(call goja.FunctionCall) goja.Value { return secureSocket(rt, call) })
	o.Set("duplexConn", func(call goja.FunctionCall) goja.Value { return duplexConnFunc(rt, call) })
	o.Set("listen", func(call goja.FunctionCall) goja.Value { return listen(rt, call) })
	o.Set("adoptSocket", func(fd int) goja.Value { return adoptSocket(rt, fd) })
	o.Set("adoptServer", func(fd int) goja.Value { return adoptServer(rt, fd) })
	o.Set("openFd", func(fd int) goja.Value { return openFd(rt, fd) })
	o.Set("adoptNative", func(fd int) goja.Value { return adoptNative(rt, fd) })
	o.Set("isNativeHandle", isNativeHandle)
	o.Set("lookup", func(call goja.FunctionCall) goja.Value { return dnsLookup(rt, call) })
	o.Set("lookupService", func(call goja.FunctionCall) goja.Value { return dnsLookupService(rt, call) })
	o.Set("query", func(call goja.FunctionCall) goja.Value { return dnsQuery(rt, call) })
	o.Set("systemServers", func() goja.Value { return systemDNSServers(rt) })
	o.Set("expandIPv6", expandIPv6)
	o.Set("rootCertificates", func() goja.Value { return rootCertificates(vm) })
	o.Set("parsePFX", func(call goja.FunctionCall) goja.Value { return parsePFX(rt, call) })
	o.Set("validCurve", func(s string) bool { _, ok := curvePreferences(s); return ok })
	return o, nil
}

// ipVersion is net.isIP: 4, 6 or 0. IPv6 addresses may carry a zone.
func ipVersion(s string) int {
	addr, err := netip.ParseAddr(s)
	if err != nil {
		return 0
	}
	if addr.Is4() {
		return 4
	}
	return 6
}

// expandIPv6 gives an IPv6 address's 32 hex digits, for ip6.arpa names.
func expandIPv6(s string) string {
	addr, err := netip.ParseAddr(s)
	if err != nil {
		return ""
	}
	b := addr.As16()
	const hex = "0123456789abcdef"
	out := make([]byte, 0, 32)
	for _, c := range b {
		out = append(out, hex[c>>4], hex[c&15])
	}
	return string(out)
}
