// A helper module without top-level await, exporting async generators and
// a prototype computed at import, as stream packages do.
export const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

export async function* range(n) {
  for (let i = 0; i < n; i++) yield i;
}

export default async function* () {
  yield 'default';
}

export const reader = {
  async *lines(text) { yield* text.split('\n'); },
};
