import { canonicalJson } from './canonical-json.js';

describe('canonicalJson', () => {
  it.each([
    [{ b: 1, a: [true, null, 'x'] }, '{"a":[true,null,"x"],"b":1}'],
    [{ nested: { z: 1, y: { c: 3, a: 1 } } }, '{"nested":{"y":{"a":1,"c":3},"z":1}}'],
    [{ skipped: undefined, kept: 0 }, '{"kept":0}'],
    [{ n: 1e21, m: 0.1, k: -0 }, '{"k":0,"m":0.1,"n":1e+21}'],
    [{ s: 'é\u2028"\n' }, '{"s":"é\u2028\\"\\n"}'],
    // RFC 8785 §3.2.3: keys sort by UTF-16 code units, so "\u20ac" (€) comes before "\ud83d\ude00" (😀).
    [{ '😀': 1, '€': 2, a: 3 }, '{"a":3,"€":2,"😀":1}'],
  ])('%j → %s', (input, expected) => {
    expect(canonicalJson(input)).toBe(expected);
  });

  it('gives the same text whatever order keys were written in', () => {
    expect(canonicalJson({ a: 1, b: { c: 2, d: 3 } })).toBe(
      canonicalJson({ b: { d: 3, c: 2 }, a: 1 }),
    );
  });

  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson({ x: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(TypeError);
  });
});
