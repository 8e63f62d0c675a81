package network

import (
	"crypto/sha256"
	"crypto/tls"
	"encoding/binary"
	"errors"
	"sync"
)

// Session resumption on crypto/tls's session tickets. A client's session
// (getSession(), the 'session' event, the session option) is its ticket
// and crypto/tls's resumption state, in one opaque Buffer; a server's
// ticket keys are node's 48 bytes, from which crypto/tls's key is derived,
// so that servers given the same keys resume each other's sessions.

// encodeSession makes the opaque Buffer of a client session.
func encodeSession(cs *tls.ClientSessionState) ([]byte, error) {
	ticket, state, err := cs.ResumptionState()
	if err != nil || state == nil {
		return nil, errors.New("no session")
	}
	sb, err := state.Bytes()
	if err != nil {
		return nil, err
	}
	out := binary.BigEndian.AppendUint32(nil, uint32(len(ticket)))
	out = append(out, ticket...)
	return append(out, sb...), nil
}

// decodeSession reads what encodeSession made; nil when it is not one.
func decodeSession(b []byte) *tls.ClientSessionState {
	if len(b) < 4 {
		return nil
	}
	n := binary.BigEndian.Uint32(b)
	if uint64(len(b)-4) < uint64(n) {
		return nil
	}
	ticket, rest := b[4:4+n], b[4+n:]
	state, err := tls.ParseSessionState(rest)
	if err != nil {
		return nil
	}
	cs, err := tls.NewResumptionState(append([]byte(nil), ticket...), state)
	if err != nil {
		return nil
	}
	return cs
}

// sessionCache is one client connection's ClientSessionCache: it offers
// the session the script gave and hands each new one, encoded, to notify
// (those that come before notify is set wait in pending).
type sessionCache struct {
	mu      sync.Mutex
	offer   *tls.ClientSessionState
	notify  func([]byte)
	pending [][]byte
}

// Get offers the script's session, whatever the key.
func (c *sessionCache) Get(string) (*tls.ClientSessionState, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.offer, c.offer != nil
}

// Put passes a new session on.
func (c *sessionCache) Put(_ string, cs *tls.ClientSessionState) {
	if cs == nil {
		return
	}
	b, err := encodeSession(cs)
	if err != nil {
		return
	}
	c.mu.Lock()
	notify := c.notify
	if notify == nil {
		c.pending = append(c.pending, b)
	}
	c.mu.Unlock()
	if notify != nil {
		notify(b)
	}
}

// takePending returns the sessions that came during the handshake and
// sends later ones to notify.
func (c *sessionCache) takePending(notify func([]byte)) [][]byte {
	c.mu.Lock()
	defer c.mu.Unlock()
	p := c.pending
	c.pending = nil
	c.notify = notify
	return p
}

// ticketKey is crypto/tls's session ticket key for node's 48 bytes.
func ticketKey(keys []byte) [32]byte {
	return sha256.Sum256(keys)
}
