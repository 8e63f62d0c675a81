// env: TZ=America/New_York
const d = new Date(Date.UTC(2024, 6, 4, 3, 4, 5));
const w = new Date(Date.UTC(2024, 0, 4, 3));
console.log(Intl.DateTimeFormat().resolvedOptions().timeZone, d.toLocaleString(), d.toLocaleDateString(), d.toLocaleTimeString());
for (const z of ['Asia/Kolkata', 'Europe/Kyiv', 'EST5EDT', 'US/Eastern', 'Etc/GMT+5', 'GMT', 'Europe/London', 'Australia/Sydney', 'Asia/Shanghai', 'America/Los_Angeles', 'asia/tokyo']) {
  const f = (o, x) => new Intl.DateTimeFormat('en-US', Object.assign({ timeZone: z, hour: 'numeric' }, o)).format(x);
  console.log(z, new Intl.DateTimeFormat('en', { timeZone: z }).resolvedOptions().timeZone,
    ['short', 'long', 'shortOffset', 'longOffset'].map((n) => f({ timeZoneName: n }, w) + ' / ' + f({ timeZoneName: n }, d)).join(' | '));
}
console.log(d.toLocaleString('de-DE', { timeZoneName: 'short', timeZone: 'Europe/Berlin' }), d.toLocaleTimeString('en-GB', { timeZone: 'Asia/Kolkata', timeZoneName: 'short' }));
console.log(new Intl.DateTimeFormat('en-US', { dateStyle: 'full', timeStyle: 'full' }).format(d));
console.log(new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', hour: '2-digit', hour12: false }).format(Date.UTC(2024, 0, 1, 5)));
console.log(new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hour12: true, timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1, 0, 30)));
for (const z of ['Mars/Base', 'Factory', '', 'Local']) {
  try { new Intl.DateTimeFormat('en', { timeZone: z }); console.log(z, 'ok'); } catch (e) { console.log(e.name, e.message); }
}
