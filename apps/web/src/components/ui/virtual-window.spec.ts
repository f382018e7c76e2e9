import { scrollTopToReveal, visibleWindow } from './virtual-window';

const base = { viewportHeight: 400, offset: 40, rowHeight: 40, overscan: 2 };

describe('visibleWindow', () => {
  it.each([
    ['at the top: the rows under the header plus overscan below', 0, 1000, { start: 0, end: 11 }],
    ['scrolled: overscan on both sides', 400, 1000, { start: 7, end: 21 }],
    ['near the end: never past the last row', 39_700, 1000, { start: 989, end: 1000 }],
    ['fewer rows than fit', 0, 3, { start: 0, end: 3 }],
    ['no rows', 0, 0, { start: 0, end: 0 }],
  ])('%s', (_case, scrollTop, count, expected) => {
    expect(visibleWindow({ ...base, scrollTop, count })).toEqual(expected);
  });

  it('renders a few dozen rows for a million', () => {
    const { start, end } = visibleWindow({ ...base, scrollTop: 20_000_000, count: 1_000_000 });
    expect(end - start).toBeLessThan(20);
  });
});

describe('scrollTopToReveal', () => {
  it.each([
    ['a row in view stays put', 5, 100, 100],
    ['a row above scrolls up to it', 1, 200, 40],
    ['a row below scrolls until its bottom shows', 20, 0, 480],
  ])('%s', (_case, index, scrollTop, expected) => {
    expect(scrollTopToReveal({ ...base, index, scrollTop })).toBe(expected);
  });
});
