// env: LC_ALL=de_DE.UTF-8
console.log(new Intl.NumberFormat().resolvedOptions().locale, (1234.5).toLocaleString(), new Intl.Collator().resolvedOptions().locale);
console.log(new Date(Date.UTC(2024, 0, 5, 13, 4, 5)).toLocaleString(undefined, { timeZone: 'UTC' }));
