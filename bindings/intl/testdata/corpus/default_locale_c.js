// env: LC_ALL=C
console.log(new Intl.DateTimeFormat().resolvedOptions().locale, (1234.5).toLocaleString());
