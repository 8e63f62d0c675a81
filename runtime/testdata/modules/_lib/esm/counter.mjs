export let count = 0;
export function increment() { count++; }
export default class Counter { static label = 'Counter'; }
