import { describe, expect, it } from 'vitest';
import { describeAction, describeChange } from '@/lib/audit/describe-event';

describe('the audit log in words', () => {
  it('names known actions and shows unknown ones as stored', () => {
    expect(describeAction('member.role')).toBe('changed a member’s role');
    expect(describeAction('something.new')).toBe('something.new');
  });

  it('shows each field of a change, before → after, and fields that exist on one side only', () => {
    expect(describeChange({ role: 'EDITOR', email: 'a@b.org' }, { role: 'OWNER' })).toEqual(['role: “EDITOR” → “OWNER”', 'email: “a@b.org” (before)']);
    expect(describeChange(null, { start: 3, tagIds: ['t1'], note: '' })).toEqual(['start: 3', 'tagIds: ["t1"]', 'note: —']);
    expect(describeChange(undefined, 'not an object')).toEqual([]);
  });

  it('keeps long values short', () => {
    const [line] = describeChange(null, { note: 'x'.repeat(500) });
    expect(line!.length).toBeLessThan(140);
    expect(line!.endsWith('…”')).toBe(true);
  });
});
