console.log(Object.getOwnPropertyNames(Intl).filter((n) => n !== 'DisplayNames'));
const d = Object.getOwnPropertyDescriptor(globalThis, 'Intl');
console.log(typeof d.value, d.enumerable, d.writable, d.configurable);
console.log(Object.getOwnPropertyDescriptor(Intl, 'NumberFormat').enumerable, Intl.NumberFormat.name, Intl.NumberFormat.length);
console.log(typeof Intl.DateTimeFormat().resolvedOptions().timeZone);
