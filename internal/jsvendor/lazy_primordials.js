(() => {
  // A lean primordials object: the library's loops only register each
  // builtin (`__lazySource`); `__materialize` then computes just the names
  // the library's code mentions (collected when bundling), each
  // with the value the library's eager loops would have stored.
  const target = { __proto__: null };
  const sources = [];
  const bind = Function.prototype.bind;
  const uncurryThis = bind.bind(Function.prototype.call);
  const applyBind = bind.bind(Function.prototype.apply);
  const withApply = ['ArrayOf', 'ArrayPrototypePush', 'ArrayPrototypeUnshift', 'MathHypot', 'MathMax', 'MathMin',
    'StringFromCharCode', 'StringFromCodePoint', 'StringPrototypeConcat', 'TypedArrayOf'];
  const used = USED_NAMES;
  const own = (o, k) => Reflect.getOwnPropertyDescriptor(o, k);
  const lowerFirst = (s) => s.length === 0 ? s : s[0].toLowerCase() + s.slice(1);
  function dataKey(obj, rest) {
    if (rest.startsWith('Symbol') && rest.length > 6) {
      const sym = Symbol[lowerFirst(rest.slice(6))];
      if (typeof sym === 'symbol' && own(obj, sym)) return sym;
    }
    for (const k of [lowerFirst(rest), rest]) if (k !== '' && own(obj, k)) return k;
    return undefined;
  }
  const byPrefix = new Map();
  // candidates returns the sources whose prefix starts name, at a capital
  // letter boundary, latest registered first (later definitions won).
  function candidates(name) {
    const out = [];
    for (let i = 1; i <= name.length; i++) {
      if (i < name.length && (name[i] < 'A' || name[i] > 'Z')) continue;
      const list = byPrefix.get(name.slice(0, i));
      if (list !== undefined) out.push(...list);
    }
    return out.sort((a, b) => b.index - a.index);
  }
  function resolve(name) {
    for (const s of candidates(name)) {
      const rest = name.slice(s.prefix.length);
      let k = dataKey(s.obj, rest);
      if (k !== undefined) {
        const d = own(s.obj, k);
        if (!('get' in d)) return s.kind === 'proto' && typeof d.value === 'function' ? uncurryThis(d.value) : d.value;
      }
      if (rest.endsWith('Apply') && withApply.includes(name.slice(0, -5))) {
        k = dataKey(s.obj, rest.slice(0, -5));
        if (k !== undefined) {
          const d = own(s.obj, k);
          if (!('get' in d)) return s.kind === 'proto' ? applyBind(d.value) : applyBind(d.value, s.obj);
        }
      }
      const acc = rest.slice(0, 3);
      if (acc === 'Get' || acc === 'Set') {
        k = dataKey(s.obj, rest.slice(3));
        if (k !== undefined) {
          const d = own(s.obj, k);
          const f = 'get' in d ? (acc === 'Get' ? d.get : d.set) : undefined;
          if (f !== undefined) return uncurryThis(f);
        }
      }
    }
    return undefined;
  }
  Object.defineProperty(target, '__lazySource', {
    value: (kind, obj, prefix) => {
      const s = { kind, obj, prefix, index: sources.length };
      sources.push(s);
      if (!byPrefix.has(prefix)) byPrefix.set(prefix, []);
      byPrefix.get(prefix).push(s);
    },
  });
  Object.defineProperty(target, '__materialize', {
    value: () => {
      for (const name of used) {
        if (name in target) continue;
        const v = resolve(name);
        if (v !== undefined) target[name] = v;
      }
    },
  });
  return target;
})()
