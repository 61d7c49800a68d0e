import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { storageStatePath } from './support/accounts';
import { withDb } from './support/db';

test.describe('the audit log', () => {
  test.use({ storageState: storageStatePath('lead') });

  test('an owner finds who created a theme, in words, with the details', async ({ page }) => {
    await page.goto('/team/audit');
    await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
    const teamId = await withDb(async (client) => (await client.query(`SELECT id FROM "Team" WHERE name = 'Russia-Iran desk'`)).rows[0].id as string);
    const name = `Audited theme ${randomUUID().slice(0, 8)}`;
    const created = await page.request.post('/api/tags', { data: { teamId, name, color: '#1f77b4' } });
    expect(created.status()).toBe(201);

    await page.reload();
    const filters = page.getByRole('form', { name: 'Filter the audit log' });
    await filters.getByLabel('Action').selectOption({ label: 'created a theme' });
    await filters.getByRole('button', { name: 'Apply' }).click();
    const event = page.getByRole('list', { name: 'Audit events' }).getByRole('listitem').filter({ hasText: name }).first();
    await expect(event).toBeVisible();
    await expect(event).toContainText('Leila Navarro created a theme');
    await event.getByText(/fields · Tag/).click();
    await expect(event.getByText(`name: “${name}”`)).toBeVisible();
  });

  test('is for owners only', async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStatePath('analyst') });
    const page = await context.newPage();
    await page.goto('/team/audit');
    await expect(page.getByRole('heading', { name: 'Only a team owner can read the audit log' })).toBeVisible();
    await context.close();
  });
});
