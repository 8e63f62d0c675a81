// env: TZ=UTC
const d = new Date(Date.UTC(2024, 1, 29, 15, 4, 5, 678));
const z = { timeZone: 'UTC' };
for (const l of ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'ja-JP']) {
  console.log(l, d.toLocaleString(l, z), '|', d.toLocaleDateString(l, z), '|', d.toLocaleTimeString(l, z));
  for (const ds of ['full', 'long', 'medium', 'short']) {
    console.log(' ', ds, new Intl.DateTimeFormat(l, { dateStyle: ds, timeZone: 'UTC' }).format(d), '|', new Intl.DateTimeFormat(l, { timeStyle: ds, timeZone: 'UTC' }).format(d), '|', new Intl.DateTimeFormat(l, { dateStyle: ds, timeStyle: 'short', timeZone: 'UTC' }).format(d));
  }
}
const combos = [
  { year: 'numeric', month: 'long', day: 'numeric' }, { month: 'short', day: 'numeric' }, { weekday: 'long' },
  { year: 'numeric', month: '2-digit', day: '2-digit' }, { hour: '2-digit', minute: '2-digit' }, { month: 'long' },
  { year: 'numeric', month: 'long' }, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' },
  { hour: 'numeric', hour12: false }, { hour: 'numeric', minute: 'numeric', second: 'numeric', hour12: false },
  { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }, { hour: 'numeric', minute: '2-digit', second: '2-digit', fractionalSecondDigits: 3 },
];
for (const c of combos) console.log(JSON.stringify(c), new Intl.DateTimeFormat('en-US', Object.assign({ timeZone: 'UTC' }, c)).format(d));
console.log(new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', dateStyle: 'medium', timeStyle: 'long' }).format(d));
console.log(new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Tokyo', hour: 'numeric', minute: '2-digit' }).format(d));
console.log(new Intl.DateTimeFormat('en-US', z).formatToParts(d));
console.log(new Intl.DateTimeFormat().resolvedOptions(), new Intl.DateTimeFormat('en-US', { timeStyle: 'short', timeZone: 'utc' }).resolvedOptions());
console.log(new Date(NaN).toLocaleString(), new Date(0).toLocaleString());
for (const bad of [() => new Intl.DateTimeFormat('en', { timeZone: 'Mars/X' }), () => new Intl.DateTimeFormat('en', { dateStyle: 'short', month: 'long' }),
  () => new Intl.DateTimeFormat().format(NaN), () => new Intl.DateTimeFormat('en', { hour: 'x' })]) {
  try { bad(); } catch (e) { console.log(e.name, e.message); }
}
