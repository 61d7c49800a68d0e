import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { listExportOptions } from '@/lib/server/export/export-options';
import { createDesk } from '../support/desk';
import { createTestUser } from '../support/factory';

describe('listExportOptions', () => {
  it('lists the team’s articles, themes and analysts (a former member who highlighted included) for every role', async () => {
    const desk = await createDesk();
    await db.tag.createMany({
      data: [
        { teamId: desk.teamId, name: 'zeta', color: '#111111' },
        { teamId: desk.teamId, name: 'Alpha', color: '#222222', archivedAt: new Date() },
      ],
    });
    const former = await createTestUser({ name: 'Aaron Former' });
    await db.annotation.create({ data: { teamId: desk.teamId, documentId: desk.documentId, authorId: former.id, start: 0, end: 5, exact: 'Intro', prefix: '', suffix: ' 👋🏽' } });

    const options = await listExportOptions({ user: desk.viewer, teamId: desk.teamId });
    expect(options.articles).toEqual([{ id: desk.documentId, title: 'Desk article', outlet: null }]);
    expect(options.themes.map(({ name, archived }) => ({ name, archived }))).toEqual([
      { name: 'Alpha', archived: true },
      { name: 'zeta', archived: false },
    ]);
    expect(options.analysts.map((analyst) => analyst.name)).toEqual(['Aaron Former', 'Editor', 'Editor Two', 'Owner', 'Viewer']);
    expect(options.analysts.map((analyst) => analyst.id)).not.toContain(desk.outsider.id);
  });

  it('refuses someone who is not on the team as "not found"', async () => {
    const desk = await createDesk();
    await expect(listExportOptions({ user: desk.outsider, teamId: desk.teamId })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'That team was not found.' });
  });
});
