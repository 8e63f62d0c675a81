const o = null; o.x;
