const words = ['b', 'a', 'B', 'A', 'ä', 'z', 'Z', 'é', 'e', 'item10', 'item2', 'item1'];
console.log([...words].sort(new Intl.Collator('en').compare));
console.log([...words].sort(new Intl.Collator('en', { numeric: true }).compare));
console.log([...words].sort((a, b) => a.localeCompare(b)));
console.log('a'.localeCompare('b'), 'b'.localeCompare('a'), 'a'.localeCompare('a'), 'a'.localeCompare('A'), 'a'.localeCompare('á', 'en', { sensitivity: 'base' }));
console.log('a'.localeCompare('A', 'en', { sensitivity: 'accent' }), 'ä'.localeCompare('a', 'de', { sensitivity: 'base' }));
console.log(new Intl.Collator('de').resolvedOptions(), new Intl.Collator('en-u-kn').resolvedOptions().numeric);
console.log(String.prototype.localeCompare.length, String.prototype.localeCompare.name);
