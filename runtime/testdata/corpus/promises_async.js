async function a() { console.log('a start'); await null; console.log('a after await'); return 'A'; }
async function b() { console.log('b start'); const v = await a(); console.log('b got', v); }
b().then(() => console.log('b done'));
Promise.all([1, Promise.resolve(2), new Promise((r) => setTimeout(() => r(3), 60))]).then((v) => console.log('all', v));
Promise.allSettled([Promise.reject(new Error('x')), 1]).then((r) => console.log(r.map((s) => s.status)));
Promise.race([new Promise((r) => setTimeout(() => r('slow'), 20)), new Promise((r) => setTimeout(() => r('fast'), 1))]).then((v) => console.log('race', v));
Promise.any([Promise.reject(1), Promise.resolve(2)]).then((v) => console.log('any', v));
console.log('sync end');
