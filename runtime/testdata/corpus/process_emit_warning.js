process.on('warning', (w) => console.log('warning event', w.name, w.message, w.code));
process.emitWarning('something odd');
process.emitWarning('custom', 'CustomWarning', 'CODE1');
process.emitWarning('with opts', { type: 'OptWarning', code: 'C2' });
console.log('sync first');
