import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from '@/components/hooks/use-hash-route';
import { normalizeName } from '@/lib/text/normalize-name';

describe('normalizeName', () => {
  it.each([
    ['José  Núñez-Ortiz', 'jose nunez ortiz'],
    ['Acme, Inc.', 'acme inc'],
    ['ŁUKASZ Żółć', 'łukasz zołc'],
    ['  Dr. Ada   Okafor ', 'dr ada okafor'],
  ])('%s → %s', (name, expected) => {
    expect(normalizeName(name)).toBe(expected);
  });
});

describe('panel routes', () => {
  it.each([
    [{ name: 'list' } as const],
    [{ name: 'new' } as const],
    [{ name: 'dossier', id: '0b6f-4c1e' } as const],
    [{ name: 'edit', id: 'a/b c' } as const],
    [{ name: 'stories' } as const],
    [{ name: 'story', id: '7f2a' } as const],
    [{ name: 'story' } as const],
    [{ name: 'story', competency: 'vision-strategy' } as const],
  ])('round-trip %o through the hash', (route) => {
    expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('opens the list at the start, and says so for an address that names no view', () => {
    expect(parseRoute('')).toEqual({ name: 'list' });
    expect(parseRoute('#/')).toEqual({ name: 'list' });
    expect(parseRoute('#/nonsense')).toEqual({ name: 'unknown' });
    expect(parseRoute('#/interview/')).toEqual({ name: 'unknown' });
  });

  it('reads a damaged escape as written instead of throwing', () => {
    expect(parseRoute('#/stories/%E0%A4%A')).toEqual({ name: 'story', id: '%E0%A4%A' });
  });
});
