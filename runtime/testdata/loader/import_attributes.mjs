// Import attributes: JSON needs type "json", nothing else takes it, other
// types are refused, and malformed import() options are TypeErrors.
import good from './_lib/good.json' with { type: 'json' };
import { showAsync } from './_show.mjs';
console.log(good.ok);
const cases = [
  ['./_lib/good.json', { with: { type: 'json' } }],
  ['./_lib/good.json', undefined],
  ['./_lib/plain.mjs', { with: { type: 'json' } }],
  ['./_lib/good.json', { with: { type: 'css' } }],
  ['./_lib/good.json', { with: {} }],
  ['./_lib/good.json', 5],
  ['./_lib/good.json', { with: 5 }],
  ['./_lib/good.json', { with: { type: 5 } }],
  ['node:fs', { with: { type: 'json' } }],
  ['./_lib/good.json', { with: { type: 'json', other: 'x' } }],
];
for (const [s, o] of cases) {
  await showAsync(s + ' ' + JSON.stringify(o), async () => Object.keys(await import(s, o)).join(','));
}
await showAsync('static without type', () => import('./_lib/json_no_type.mjs'));
