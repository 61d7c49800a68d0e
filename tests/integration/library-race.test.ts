// A highlight and a text replacement sent at the same moment: one of them wins, never both, so no
// highlight ever points into text that was replaced under it.
import { beforeAll, describe, expect, it } from 'vitest';
import * as annotationsRoute from '@/app/api/documents/[id]/annotations/route';
import * as documentRoute from '@/app/api/documents/[id]/route';
import * as documentsRoute from '@/app/api/documents/route';
import { db } from '@/lib/db';
import { createDesk, type Desk } from '../support/desk';
import { uniqueName } from '../support/factory';
import { call } from '../support/http';

let desk: Desk;
beforeAll(async () => {
  desk = await createDesk();
});

describe('highlighting while the text is replaced', () => {
  it('lets exactly one of the two through, every time', async () => {
    for (let round = 0; round < 8; round++) {
      const original = `Talks in Tehran ${uniqueName('r')} went on for a long time and ended late.`;
      const created = await call(documentsRoute.POST, 'POST', { user: desk.editor, body: { teamId: desk.teamId, raw: original, meta: { title: uniqueName('Race') } } });
      expect(created.status).toBe(201);
      const id = created.body.document.id as string;
      const [highlight, replace] = await Promise.all([
        call(annotationsRoute.POST, 'POST', { user: desk.editor2, params: { id }, body: { start: 0, end: 5 } }),
        call(documentRoute.PATCH, 'PATCH', { user: desk.editor, params: { id }, body: { raw: `Replaced ${uniqueName('t')}: a different text entirely.` } }),
      ]);
      // Either the highlight went in and the replacement was refused, or the replacement went in and
      // the highlight (checked against the text it had read) was refused. On a busy machine the
      // replacement can also commit before the highlight request reads the article at all: then
      // the highlight is checked against the new text and both succeed, anchored in the new text.
      const outcome = `${highlight.status}/${replace.status}`;
      expect(['201/409', '409/200', '201/200']).toContain(outcome);
      const stored = await db.document.findUniqueOrThrow({ where: { id }, select: { text: true, annotations: { select: { exact: true, start: true, end: true } } } });
      expect(stored.annotations).toHaveLength(highlight.status === 201 ? 1 : 0);
      expect(stored.text.startsWith(replace.status === 200 ? 'Replaced' : 'Talks in Tehran')).toBe(true);
      if (outcome === '201/200') expect(highlight.body.annotation.exact).toBe('Repla');
      // Never a highlight anchored in a text that is no longer there.
      for (const annotation of stored.annotations) expect([...stored.text].slice(annotation.start, annotation.end).join('')).toBe(annotation.exact);
    }
  });

  it('still lets many analysts highlight one article at the same moment (no deadlock)', async () => {
    const text = `Ten analysts read the same paragraph ${uniqueName('p')} at the same time and all of them highlight it.`;
    const created = await call(documentsRoute.POST, 'POST', { user: desk.editor, body: { teamId: desk.teamId, raw: text, meta: { title: uniqueName('Busy') } } });
    const id = created.body.document.id as string;
    const users = [desk.editor, desk.editor2, desk.owner];
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => call(annotationsRoute.POST, 'POST', { user: users[i % users.length]!, params: { id }, body: { start: i, end: i + 10 } })),
    );
    expect(results.map((result) => result.status)).toEqual(Array(12).fill(201));
    expect(await db.annotation.count({ where: { documentId: id } })).toBe(12);
  });
});
