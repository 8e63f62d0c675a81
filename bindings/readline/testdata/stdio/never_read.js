// stdin: ignored input\n
// Touching process.stdin without reading must not keep the process alive.
console.log(typeof process.stdin.on, process.stdin.fd, process.stdin.readable);
setTimeout(() => console.log('timer'), 5);
