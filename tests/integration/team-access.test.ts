import { describe, expect, it } from 'vitest';
import { requireTeamAccess } from '@/lib/server/teams/require-team-access';
import { createTestTeam, createTestUser } from '../support/factory';

// The check behind every team-scoped entry point, the team switcher included.
describe('requireTeamAccess', () => {
  it('gives members their role and refuses others as "not found"', async () => {
    const team = await createTestTeam();
    const other = await createTestTeam();
    const viewer = await createTestUser({ teamId: team.id, role: 'VIEWER' });
    const editor = await createTestUser({ teamId: team.id, role: 'EDITOR' });
    const outsider = await createTestUser({ teamId: other.id, role: 'OWNER' });

    await expect(requireTeamAccess({ user: viewer, teamId: team.id, need: 'read' })).resolves.toEqual({ teamId: team.id, role: 'VIEWER', isBlind: true });
    await expect(requireTeamAccess({ user: editor, teamId: team.id, need: 'edit' })).resolves.toEqual({ teamId: team.id, role: 'EDITOR', isBlind: true });
    await expect(requireTeamAccess({ user: viewer, teamId: team.id, need: 'edit' })).rejects.toMatchObject({ code: 'FORBIDDEN', status: 403 });
    await expect(requireTeamAccess({ user: outsider, teamId: team.id, need: 'read', what: 'That team' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'That team was not found.',
    });
    await expect(requireTeamAccess({ user: outsider, teamId: 'no-such-team', need: 'read' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
