import { describe, expect, it } from 'vitest';
import { shortcutOf } from './shortcuts';

const press = (key: string, extra: Partial<KeyboardEvent> = {}) =>
  shortcutOf({ key, code: extra.code ?? '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...extra });

describe('shortcutOf', () => {
  it('reads Ctrl+S and Cmd+S as save, Alt+N by its key position (a Mac types «˜» there)', () => {
    expect(press('s', { ctrlKey: true })).toBe('save');
    expect(press('S', { metaKey: true, shiftKey: true })).toBe('save');
    expect(press('˜', { altKey: true, code: 'KeyN' })).toBe('new');
  });

  it('reads the single keys only without Ctrl or Alt, and nothing else', () => {
    expect(press('/')).toBe('listSearch');
    expect(press(']')).toBe('nextTab');
    expect(press('[')).toBe('previousTab');
    expect(press('?', { shiftKey: true })).toBe('help');
    expect(press('/', { ctrlKey: true })).toBeNull();
    expect(press('a')).toBeNull();
    expect(press('n', { altKey: true, ctrlKey: true, code: 'KeyN' })).toBeNull();
  });
});
