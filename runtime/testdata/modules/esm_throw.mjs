console.log('about to throw');
try { await import('./_lib/esm/throws.mjs'); } catch (e) { console.log('import rejected:', e.message); }
try { await import('./_lib/esm/throws.mjs'); } catch (e) { console.log('again:', e.message); }
setTimeout(() => { throw new RangeError('in timer'); }, 5);
