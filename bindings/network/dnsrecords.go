package network

import (
	"encoding/binary"
	"net"
	"strings"

	"github.com/dop251/goja"
	"golang.org/x/net/dns/dnsmessage"
)

func nameString(n dnsmessage.Name) string { return strings.TrimSuffix(n.String(), ".") }

// obj is a JS object whose keys keep their order.
type obj [][2]any

// toJS makes JS values of records (obj, []any, []string, strings, numbers).
func toJS(vm *goja.Runtime, v any) goja.Value {
	switch v := v.(type) {
	case obj:
		o := vm.NewObject()
		for _, kv := range v {
			o.Set(kv[0].(string), toJS(vm, kv[1]))
		}
		return o
	case []any:
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = toJS(vm, e)
		}
		return vm.NewArray(out...)
	case []string:
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = e
		}
		return vm.NewArray(out...)
	}
	return vm.ToValue(v)
}

// records turns an answer into node's results for a query of type t, or
// returns "ENODATA" when it holds none.
func records(vm *goja.Runtime, resp *dnsmessage.Message, t dnsmessage.Type, ttl bool) (goja.Value, string) {
	var out []any
	answers := resp.Answers
	if t == dnsmessage.TypeALL {
		// As node's resolveAny: the records grouped by type in c-ares's
		// parsing order.
		answers = make([]dnsmessage.Resource, 0, len(resp.Answers))
		for _, typ := range anyOrder {
			for _, rr := range resp.Answers {
				if rr.Header.Type == typ {
					answers = append(answers, rr)
				}
			}
		}
	}
	for _, rr := range answers {
		if t != dnsmessage.TypeALL && rr.Header.Type != t {
			continue
		}
		v := record(rr, ttl || t == dnsmessage.TypeALL)
		if v == nil {
			continue
		}
		if t == dnsmessage.TypeSOA {
			return toJS(vm, v), ""
		}
		if t == dnsmessage.TypeALL {
			name := typeName(rr.Header.Type)
			switch v := v.(type) {
			case obj:
				out = append(out, append(v, [2]any{"type", name}))
			case []string:
				out = append(out, obj{{"entries", v}, {"type", name}})
			default:
				out = append(out, obj{{"value", v}, {"type", name}})
			}
			continue
		}
		out = append(out, v)
	}
	if len(out) == 0 {
		return nil, "ENODATA"
	}
	return toJS(vm, out), ""
}

var anyOrder = []dnsmessage.Type{
	dnsmessage.TypeA, dnsmessage.TypeAAAA, dnsmessage.TypeCNAME, dnsmessage.TypeMX, dnsmessage.TypeNS,
	dnsmessage.TypeTXT, dnsmessage.TypeSRV, dnsmessage.TypePTR, 35, dnsmessage.TypeSOA, 257,
}

func typeName(t dnsmessage.Type) string {
	for k, v := range rrTypes() {
		if v == t {
			return k
		}
	}
	return t.String()
}

// record is one answer as node gives it.
func record(rr dnsmessage.Resource, ttl bool) any {
	withTTL := func(m obj) obj {
		if ttl {
			m = append(m, [2]any{"ttl", int64(rr.Header.TTL)})
		}
		return m
	}
	switch b := rr.Body.(type) {
	case *dnsmessage.AResource:
		addr := net.IP(b.A[:]).String()
		if ttl {
			return withTTL(obj{{"address", addr}})
		}
		return addr
	case *dnsmessage.AAAAResource:
		addr := net.IP(b.AAAA[:]).String()
		if ttl {
			return withTTL(obj{{"address", addr}})
		}
		return addr
	case *dnsmessage.CNAMEResource:
		return nameString(b.CNAME)
	case *dnsmessage.NSResource:
		return nameString(b.NS)
	case *dnsmessage.PTRResource:
		return nameString(b.PTR)
	case *dnsmessage.MXResource:
		return obj{{"exchange", nameString(b.MX)}, {"priority", int(b.Pref)}}
	case *dnsmessage.TXTResource:
		return append([]string(nil), b.TXT...)
	case *dnsmessage.SRVResource:
		return obj{{"name", nameString(b.Target)}, {"port", int(b.Port)}, {"priority", int(b.Priority)}, {"weight", int(b.Weight)}}
	case *dnsmessage.SOAResource:
		return obj{
			{"nsname", nameString(b.NS)}, {"hostmaster", nameString(b.MBox)}, {"serial", int64(b.Serial)},
			{"refresh", int64(b.Refresh)}, {"retry", int64(b.Retry)}, {"expire", int64(b.Expire)}, {"minttl", int64(b.MinTTL)},
		}
	case *dnsmessage.UnknownResource:
		switch rr.Header.Type {
		case 257:
			return caaRecord(b.Data)
		case 35:
			return naptrRecord(b.Data)
		}
	}
	return nil
}

// caaRecord parses RFC 8659 data: {critical, <tag>: value}.
func caaRecord(d []byte) any {
	if len(d) < 2 || len(d) < 2+int(d[1]) {
		return nil
	}
	tag := string(d[2 : 2+int(d[1])])
	return obj{{"critical", int(d[0])}, {tag, string(d[2+int(d[1]):])}}
}

// naptrRecord parses RFC 3403 data.
func naptrRecord(d []byte) any {
	if len(d) < 4 {
		return nil
	}
	order, pref := binary.BigEndian.Uint16(d), binary.BigEndian.Uint16(d[2:])
	d = d[4:]
	var strs [3]string
	for i := range strs {
		if len(d) < 1 || len(d) < 1+int(d[0]) {
			return nil
		}
		strs[i] = string(d[1 : 1+int(d[0])])
		d = d[1+int(d[0]):]
	}
	var labels []string
	for len(d) > 0 && d[0] != 0 {
		n := int(d[0])
		if len(d) < 1+n {
			return nil
		}
		labels = append(labels, string(d[1:1+n]))
		d = d[1+n:]
	}
	return obj{
		{"flags", strs[0]}, {"service", strs[1]}, {"regexp", strs[2]},
		{"replacement", strings.Join(labels, ".")}, {"order", int(order)}, {"preference", int(pref)},
	}
}
