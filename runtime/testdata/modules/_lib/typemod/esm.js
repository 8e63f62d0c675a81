export const viaType = 'type module js';
export default function hello() { return 'hello from ' + import.meta.url.split('/').slice(-2).join('/'); }
