import { describe, expect, it } from 'vitest';
import { safeReturnPath } from '../../src/ui/return-path';

const origin = 'https://challengehub.example';

describe('safeReturnPath', () => {
  it('keeps a path on this site with its query and fragment', () => {
    expect(safeReturnPath('/coach.html', origin)).toBe('/coach.html');
    expect(safeReturnPath('/organiser.html?challenge=c1#teams', origin)).toBe('/organiser.html?challenge=c1#teams');
    expect(safeReturnPath('/kit.html?team=a%20b', origin)).toBe('/kit.html?team=a%20b');
  });

  it.each([
    ['nothing', null],
    ['an empty value', ''],
    ['a protocol-relative address', '//evil.example'],
    ['a backslash after the slash', '/\\evil.example'],
    ['a backslash later on', '/coach.html\\..\\\\evil.example'],
    ['an encoded backslash', '/%5Cevil.example'],
    ['an encoded lower-case backslash', '/%5cevil.example'],
    ['an encoded second slash', '/%2Fevil.example'],
    ['a tab between the slashes', '/\t/evil.example'],
    ['a newline between the slashes', '/\n/evil.example'],
    ['a carriage return between the slashes', '/\r/evil.example'],
    ['an encoded tab between the slashes', '/%09/evil.example'],
    ['a script address', 'javascript:alert(1)'],
    ['a full address elsewhere', 'https://evil.example/'],
    ['a relative path', 'coach.html'],
    ['a broken encoding', '/%E0%A4%A'],
  ])('refuses %s', (_, raw) => {
    expect(safeReturnPath(raw, origin)).toBeNull();
  });
});
