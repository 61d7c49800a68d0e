import { expect, test } from '@playwright/test';
import { createMultiTeamUser } from './support/db';
import { logInThroughForm } from './support/login';

test('a member of two teams switches between them and sees each team’s articles', async ({ page }) => {
  const email = await createMultiTeamUser([
    { team: 'Other desk', role: 'VIEWER' },
    { team: 'Russia-Iran desk', role: 'EDITOR' },
  ]);
  await logInThroughForm(page, email);

  const switcher = page.getByRole('combobox', { name: 'Team' });
  await expect(switcher.getByRole('option')).toHaveText(['Other desk (viewer)', 'Russia-Iran desk (editor)']);
  // Teams are listed by name and the first is current until the user picks another.
  await expect(page.getByText('Other desk · 0 articles').filter({ visible: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No articles yet' })).toBeVisible();

  await switcher.selectOption({ label: 'Russia-Iran desk (editor)' });
  await expect(page.getByText('Russia-Iran desk · 5 articles').filter({ visible: true })).toBeVisible();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(6);

  // The choice is remembered across page loads.
  await page.reload();
  await expect(page.getByText('Russia-Iran desk · 5 articles').filter({ visible: true })).toBeVisible();
  await expect(switcher.locator('option:checked')).toHaveText('Russia-Iran desk (editor)');
});
