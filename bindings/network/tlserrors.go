package network

import (
	"bytes"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"reflect"
	"strings"
)

// OpenSSL's names for the handshake failures crypto/tls reports, so that
// the JS side gives node's error codes (ERR_SSL_...). Each name is
// "error:<code>:SSL routines:<function>:<reason>", as node's message
// without OpenSSL's thread id and source position.

// opensslAlertReasons are OpenSSL's reasons for a received alert, by the
// alert's number.
var opensslAlertReasons = map[uint8]string{
	10:  "sslv3 alert unexpected message",
	20:  "sslv3 alert bad record mac",
	30:  "sslv3 alert decompression failure",
	40:  "sslv3 alert handshake failure",
	41:  "sslv3 alert no certificate",
	42:  "sslv3 alert bad certificate",
	43:  "sslv3 alert unsupported certificate",
	44:  "sslv3 alert certificate revoked",
	45:  "sslv3 alert certificate expired",
	46:  "sslv3 alert certificate unknown",
	47:  "sslv3 alert illegal parameter",
	48:  "tlsv1 alert unknown ca",
	49:  "tlsv1 alert access denied",
	50:  "tlsv1 alert decode error",
	51:  "tlsv1 alert decrypt error",
	70:  "tlsv1 alert protocol version",
	71:  "tlsv1 alert insufficient security",
	80:  "tlsv1 alert internal error",
	86:  "tlsv1 alert inappropriate fallback",
	90:  "tlsv1 alert user cancelled",
	100: "tlsv1 alert no renegotiation",
	112: "tlsv1 unrecognized name",
	116: "tlsv13 alert certificate required",
	120: "tlsv1 alert no application protocol",
}

// opensslLocal are OpenSSL's names for failures found on this side, by a
// fragment of crypto/tls's message.
var opensslLocal = []struct{ goText, name string }{
	{"client offered only unsupported versions", "error:0A000102:SSL routines:tls_early_post_process_client_hello:unsupported protocol"},
	{"no cipher suite supported by both client and server", "error:0A0000C1:SSL routines:tls_post_process_client_hello:no shared cipher"},
	{"client didn't provide a certificate", "error:0A0000C7:SSL routines:tls_process_client_certificate:peer did not return a certificate"},
	{"server selected unsupported protocol version", "error:0A000102:SSL routines:tls_process_server_hello:unsupported protocol"},
}

// handshakeMessage is the message the JS side gets for a failed
// handshake: OpenSSL's name for the failure where the mapping is clear,
// else crypto/tls's own message.
func handshakeMessage(err error) string {
	var rh tls.RecordHeaderError
	if errors.As(err, &rh) {
		h := rh.RecordHeader[:]
		switch {
		case bytes.HasPrefix(h, []byte("GET ")), bytes.HasPrefix(h, []byte("POST ")),
			bytes.HasPrefix(h, []byte("HEAD ")), bytes.HasPrefix(h, []byte("PUT ")):
			return "error:0A00009C:SSL routines:ssl3_get_record:http request"
		case bytes.HasPrefix(h, []byte("CONNE")):
			return "error:0A00009B:SSL routines:ssl3_get_record:https proxy request"
		}
		return "error:0A00010B:SSL routines:ssl3_get_record:wrong version number"
	}
	var op *net.OpError
	if errors.As(err, &op) && op.Op == "remote error" && op.Err != nil {
		// crypto/tls's alert type is unexported: its value is the
		// alert's number.
		if v := reflect.ValueOf(op.Err); v.Kind() == reflect.Uint8 {
			n := uint8(v.Uint())
			if reason, ok := opensslAlertReasons[n]; ok {
				return fmt.Sprintf("error:0A%06X:SSL routines:ssl3_read_bytes:%s", 1000+int(n), reason)
			}
		}
	}
	msg := err.Error()
	for _, m := range opensslLocal {
		if strings.Contains(msg, m.goText) {
			return m.name
		}
	}
	return msg
}

// HandshakeMessage is node's message for a failed TLS handshake: OpenSSL's
// ("error:<code>:SSL routines:<function>:<reason>") where crypto/tls's
// error has a clear counterpart, else crypto/tls's own message.
func HandshakeMessage(err error) string {
	return handshakeMessage(err)
}
