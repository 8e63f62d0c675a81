// env: TZ=Not/AZone
const o = new Intl.DateTimeFormat().resolvedOptions();
console.log(o.timeZone, 'timeZone' in o, new Date(0).toLocaleString('en-US', { timeZoneName: 'short' }));
