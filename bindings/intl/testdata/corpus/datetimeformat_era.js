for (const l of ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'ja-JP']) for (const era of ['long', 'short', 'narrow']) for (const o of [{}, { year: 'numeric' }, { year: 'numeric', month: 'long', day: 'numeric' }, { year: 'numeric', month: 'short' }, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }]) {
  const f = new Intl.DateTimeFormat(l, Object.assign({ era, timeZone: 'UTC' }, o));
  console.log(l, era, JSON.stringify(o), f.format(0), '|', f.format(-62198755200000), JSON.stringify(f.resolvedOptions()));
}
