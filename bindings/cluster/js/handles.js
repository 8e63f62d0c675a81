'use strict';
// The listening handles a primary keeps for its workers' servers, one per
// (address, port, address type, fd, index) key:
// - RoundRobinHandle (SCHED_RR): the primary listens and accepts, and
//   hands each connection to a free worker in turn ('newconn' messages);
//   a worker that does not take it (closing, or at maxConnections) gives
//   it back and it goes to another.
// - SharedHandle (SCHED_NONE): the primary binds the socket and sends the
//   listening descriptor itself to each worker, which accepts on it.
const net = require('net');
const { createServerHandle } = require('internal/net_server');
const { sendHelper } = require('internal/cluster/utils');

// listenRequest is what the net binding binds for a SharedHandle.
function listenRequest(address, { port, ipv6Only }) {
  const request = port >= 0 ? { host: address === null || address === undefined ? '' : address, port } : { path: address };
  if (ipv6Only) request.ipv6Only = true;
  return request;
}

class RoundRobinHandle {
  constructor(key, address, { port, backlog, ipv6Only, readableAll, writableAll }) {
    this.key = key;
    this.all = new Map();
    this.free = new Map();
    this.pending = [];
    this.handle = null;
    // A net.Server listens; once it does, its handle is taken over and
    // its connections go to the workers.
    this.server = net.createServer(() => {
      throw new Error('a round-robin server accepts no connection itself');
    });
    if (port >= 0) this.server.listen({ port, host: address, ipv6Only: !!ipv6Only, backlog });
    else this.server.listen({ path: address, backlog, readableAll, writableAll });
    this.server.once('listening', () => {
      this.handle = this.server._handle;
      this.handle.onconnection = (errno, conn) => this.distribute(errno, conn);
      this.server._handle = null;
      this.server = null;
    });
  }

  // add serves worker: send(errno, reply, handle) answers its query.
  add(worker, send) {
    this.all.set(worker.id, worker);
    const done = () => {
      send(0, { sockname: this.handle.getsockname() }, null);
      this.handoff(worker);
    };
    if (this.server === null) {
      done();
      return;
    }
    this.server.once('listening', done);
    this.server.once('error', (err) => send(err.errno, null));
  }

  // remove stops serving worker; it reports whether the handle is no
  // longer used (and is closed).
  remove(worker) {
    if (!this.all.delete(worker.id)) return false;
    this.free.delete(worker.id);
    if (this.all.size !== 0) return false;
    for (const conn of this.pending) conn.close();
    this.pending = [];
    if (this.server !== null) {
      this.server.close();
      this.server = null;
    }
    if (this.handle !== null) this.handle.close();
    this.handle = null;
    return true;
  }

  distribute(errno, conn) {
    if (errno || conn === undefined) return;
    this.pending.push(conn);
    const next = this.free.entries().next();
    if (next.done) return;
    const [id, worker] = next.value;
    this.free.delete(id);
    this.handoff(worker);
  }

  handoff(worker) {
    if (!this.all.has(worker.id)) return; // the worker closed its server
    if (this.pending.length === 0) {
      this.free.set(worker.id, worker);
      return;
    }
    const conn = this.pending.shift();
    const sent = sendHelper(worker.process, { act: 'newconn', key: this.key }, conn, (reply) => {
      if (reply.accepted) conn.close();
      else this.distribute(0, conn); // the worker is closing: another takes it
      this.handoff(worker);
    });
    if (sent === false && !worker.process.connected) {
      // The worker is gone: the connection waits for another.
      this.all.delete(worker.id);
      this.distribute(0, conn);
    }
  }
}

class SharedHandle {
  constructor(key, address, message) {
    this.key = key;
    this.workers = new Map();
    this.handle = null;
    this.errno = 0;
    const h = createServerHandle(listenRequest(address, message));
    if (typeof h === 'number') this.errno = h;
    else this.handle = h;
  }

  add(worker, send) {
    this.workers.set(worker.id, worker);
    send(this.errno, null, this.handle);
  }

  remove(worker) {
    if (!this.workers.delete(worker.id)) return false;
    if (this.workers.size !== 0) return false;
    if (this.handle !== null) this.handle.close();
    this.handle = null;
    return true;
  }
}

module.exports = { RoundRobinHandle, SharedHandle };
