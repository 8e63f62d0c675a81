console.log('tla_dep start');
export let ready = false;
await new Promise(r => setTimeout(r, 5));
ready = true;
console.log('tla_dep done');
