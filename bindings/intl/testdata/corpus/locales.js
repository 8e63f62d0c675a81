for (const t of ['en', 'EN-us', 'de-DE', 'zh-hant-tw', 'en-US-u-nu-thai', 'x-foo', 'en-u-ca-gregory-nu-latn', 'und', '', 'en_US', '123', 'en-u-kn']) {
  try { console.log(JSON.stringify(t), Intl.getCanonicalLocales(t)); } catch (e) { console.log(JSON.stringify(t), e.name, e.message); }
}
console.log(Intl.getCanonicalLocales(['en-us', 'EN-US', 'de']), Intl.getCanonicalLocales());
try { Intl.getCanonicalLocales([1]); } catch (e) { console.log(e.name, e.message); }
for (const t of ['de-XX', 'xx', 'en-ZZ', 'ja', 'fr-CA', 'zh', 'pt', 'es-419']) console.log(t, new Intl.NumberFormat(t).resolvedOptions().locale);
console.log(Object.prototype.toString.call(Intl), typeof Intl);
const l = new Intl.Locale('en-latn-us-u-ca-gregory');
console.log(l.toString(), l.baseName, l.language, l.script, l.region, l.calendar, String(new Intl.Locale('de', { region: 'AT' })));
