try { process.kill(process.pid, 'SIGNOPE'); } catch (e) { console.log(e.name, e.code, e.message); }
try { process.kill(2 ** 30, 0); } catch (e) { console.log(e.code, e.syscall, e.errno); }
try { process.kill('abc'); } catch (e) { console.log(e.code); }
console.log(process.kill(process.pid, 0));
