// emitWarning's argument forms: options object, ctor, detail, and its checks.
process.emitWarning('plain');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('coded', 'CustomWarning', 'C001');
process.emitWarning('opts', { type: 'OptWarning', code: 'O1', detail: 'some detail' });
process.emitWarning(new Error('an error'));
const e = new Error('named'); e.name = 'MyWarning'; process.emitWarning(e);
process.emitWarning('dep', 'DeprecationWarning', 'DEP0999');
process.emitWarning('dep2', 'DeprecationWarning');
process.emitWarning('ctor', 'CtorWarning', function f() {});
try { process.emitWarning('x', { type: 5 }); } catch (e) { console.log(e.code, e.message); }
try { process.emitWarning('x', 'T', 5); } catch (e) { console.log(e.code, e.message); }
try { process.emitWarning('x', { detail: 5 }); } catch (e) { console.log(e.code, e.message); }
process.on('warning', (w) => console.log('event', w.name, w.code, w.message, w.detail));
process.throwDeprecation = true;
try { process.emitWarning('thrown', 'DeprecationWarning', 'DEP0001'); } catch (e) { console.log('threw', e.name, e.code, e.message); }
process.throwDeprecation = false;
process.noDeprecation = true;
process.emitWarning('silent', 'DeprecationWarning');
