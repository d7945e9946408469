import { describe, expect, it } from 'vitest';
import { type MorePages, morePagesFor, pagesFor, withMorePage } from './connection-pages.ts';

const more: MorePages<string> = { key: 'a', pages: ['a2', 'a3'] };

describe('morePagesFor', () => {
  it('gives the pages loaded for the same filter, and none for another', () => {
    expect(morePagesFor(more, 'a')).toEqual(['a2', 'a3']);
    expect(morePagesFor(more, 'b')).toEqual([]);
  });
});

describe('withMorePage', () => {
  it('appends a page loaded for the same filter', () => {
    expect(withMorePage(more, 'a', 'a4')).toEqual({ key: 'a', pages: ['a2', 'a3', 'a4'] });
  });

  it('starts again when the pages held belong to another filter', () => {
    expect(withMorePage(more, 'b', 'b2')).toEqual({ key: 'b', pages: ['b2'] });
  });

  it('leaves the pages it was given alone', () => {
    withMorePage(more, 'a', 'a4');
    expect(more.pages).toEqual(['a2', 'a3']);
  });
});

describe('pagesFor', () => {
  it('puts the first page before the ones loaded since', () => {
    expect(pagesFor('a1', more, 'a')).toEqual(['a1', 'a2', 'a3']);
  });

  it("leaves out another filter's pages", () => {
    expect(pagesFor('b1', more, 'b')).toEqual(['b1']);
  });

  it('has no pages until the first one arrives', () => {
    expect(pagesFor(undefined, more, 'a')).toEqual([]);
  });
});
