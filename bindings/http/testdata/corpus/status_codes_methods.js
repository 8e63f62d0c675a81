// STATUS_CODES, METHODS and maxHeaderSize.
const http = require('http');
console.log(Object.keys(http.STATUS_CODES).length, http.STATUS_CODES[200], http.STATUS_CODES[404], http.STATUS_CODES[418], http.STATUS_CODES[511]);
console.log(http.STATUS_CODES);
console.log(http.METHODS);
console.log(http.maxHeaderSize);
console.log(typeof http.Agent, typeof http.globalAgent, http.globalAgent instanceof http.Agent, http.globalAgent.keepAlive, http.globalAgent.maxSockets);
console.log(typeof http.Server, typeof http.IncomingMessage, typeof http.ServerResponse, typeof http.ClientRequest, typeof http.OutgoingMessage);
console.log(http.createServer() instanceof http.Server, new http.Agent().maxSockets, new http.Agent({ maxSockets: 3 }).maxSockets);
