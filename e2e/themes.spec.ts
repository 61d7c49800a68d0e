import { expect, test, type Page } from '@playwright/test';
import { storageStatePath } from './support/accounts';

// Other specs run in parallel against the same desk: every theme made here has a unique name,
// takes no shortcut, and nothing assumes how many themes the desk has.
const uniqueName = (label: string) => `E2E ${label} ${Date.now()}-${Math.floor(Math.random() * 1e4)}`;

const liveList = (page: Page) => page.getByRole('list', { name: 'Live themes' });
const archivedList = (page: Page) => page.getByRole('list', { name: 'Archived themes' });
const rowOf = (page: Page, list: ReturnType<typeof liveList>, name: string) =>
  list.getByRole('listitem').filter({ has: page.getByRole('heading', { name, exact: true }) });

/** Creates a theme through the form and returns its id (from the API's answer). */
async function createTheme(page: Page, name: string, description = ''): Promise<string> {
  const form = page.getByRole('form', { name: 'New theme' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Colour').fill('#336699');
  await form.getByLabel('Description').fill(description);
  await form.getByLabel('Shortcut').selectOption({ label: 'None' });
  const created = page.waitForResponse((response) => response.url().endsWith('/api/tags') && response.request().method() === 'POST');
  await form.getByRole('button', { name: 'Create theme' }).click();
  const response = await created;
  expect(response.status()).toBe(201);
  await expect(rowOf(page, liveList(page), name)).toBeVisible();
  return ((await response.json()) as { tag: { id: string } }).tag.id;
}

async function openArchived(page: Page) {
  const details = page.locator('details').filter({ has: page.locator('summary', { hasText: 'Archived' }) });
  if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) await details.locator('summary').click();
}

test.describe('an editor of the desk', () => {
  test.use({ storageState: storageStatePath('analyst') });

  test('creates a theme, renames it, archives it and restores it', async ({ page }) => {
    await page.goto('/themes');
    await expect(page.getByRole('heading', { level: 1, name: 'Themes' })).toBeVisible();
    await expect(page.getByRole('main').getByText(/Russia-Iran desk/)).toBeVisible();
    await expect(liveList(page).getByRole('listitem').first()).toBeVisible();
    // Digits held by live themes are marked and cannot be picked twice.
    const shortcut = page.getByRole('form', { name: 'New theme' }).getByLabel('Shortcut');
    await expect(shortcut.locator('option', { hasText: /\(used by .+\)/ }).first()).toBeDisabled();

    const name = uniqueName('theme');
    await createTheme(page, name, 'Made by the themes spec');
    const row = rowOf(page, liveList(page), name);
    await expect(row).toContainText('0 highlights');
    await expect(row).toContainText('Made by the themes spec');

    await row.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('form', { name: `Edit ${name}` });
    const renamed = `${name} renamed`;
    await edit.getByLabel('Name').fill(renamed);
    await edit.getByRole('button', { name: 'Save' }).click();
    const renamedRow = rowOf(page, liveList(page), renamed);
    await expect(renamedRow).toBeVisible();
    await expect(rowOf(page, liveList(page), name)).toHaveCount(0);

    await renamedRow.getByRole('button', { name: 'Archive' }).click();
    await expect(renamedRow).toHaveCount(0);
    await openArchived(page);
    const archivedRow = rowOf(page, archivedList(page), renamed);
    await expect(archivedRow).toBeVisible();

    await archivedRow.getByRole('button', { name: 'Restore' }).click();
    await expect(rowOf(page, liveList(page), renamed)).toBeVisible();
    await expect(rowOf(page, archivedList(page), renamed)).toHaveCount(0);
  });

  test('merging one fresh theme into another leaves only the second', async ({ page }) => {
    await page.goto('/themes');
    const [from, into] = [uniqueName('merge source'), uniqueName('merge target')];
    await createTheme(page, from);
    await createTheme(page, into);

    await rowOf(page, liveList(page), from).getByRole('button', { name: /^Merge…/ }).click();
    const dialog = page.getByRole('dialog', { name: from });
    await dialog.getByLabel('Merge into').selectOption({ label: into });
    await expect(dialog).toContainText(`Move 0 highlights from ${from} to ${into} and delete ${from}?`);
    const merged = page.waitForResponse((response) => response.url().endsWith('/merge') && response.request().method() === 'POST');
    await dialog.getByRole('button', { name: 'Merge and delete' }).click();
    expect((await merged).status()).toBe(200);

    await expect(dialog).toBeHidden();
    await expect(rowOf(page, liveList(page), from)).toHaveCount(0);
    await expect(rowOf(page, liveList(page), into)).toBeVisible();
  });

  test('a stale edit is caught: reload takes the other change, overwrite keeps both', async ({ page }) => {
    await page.goto('/themes');
    const name = uniqueName('conflict');
    const id = await createTheme(page, name, 'first words');
    // Another person's edit, made while this form is open.
    const editElsewhere = async (description: string) => {
      const response = await page.request.patch(`/api/tags/${id}`, { data: { description } });
      expect(response.status()).toBe(200);
    };

    await rowOf(page, liveList(page), name).getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('form', { name: `Edit ${name}` });
    await editElsewhere('changed elsewhere');
    await edit.getByLabel('Name').fill(`${name} mine`);
    await edit.getByRole('button', { name: 'Save' }).click();
    const conflict = edit.getByRole('alert').filter({ hasText: 'Someone changed this theme since you opened it' });
    await expect(conflict).toBeVisible();
    await conflict.getByRole('button', { name: 'Reload' }).click();
    await expect(edit.getByLabel('Name')).toHaveValue(name);
    await expect(edit.getByLabel('Description')).toHaveValue('changed elsewhere');

    await editElsewhere('changed again');
    await edit.getByLabel('Name').fill(`${name} mine`);
    await edit.getByRole('button', { name: 'Save' }).click();
    await conflict.getByRole('button', { name: 'Overwrite' }).click();
    // Only the fields this person changed are overwritten: the other description survives.
    const row = rowOf(page, liveList(page), `${name} mine`);
    await expect(row).toBeVisible();
    await expect(row).toContainText('changed again');
  });
});

test.describe('a viewer of the desk', () => {
  test.use({ storageState: storageStatePath('viewer') });

  test('reads the themes but is offered no way to change them, and the API refuses', async ({ page }) => {
    const listed = page.waitForResponse((response) => response.url().includes('/api/tags?') && response.request().method() === 'GET');
    await page.goto('/themes');
    const teamId = new URL((await listed).url()).searchParams.get('teamId');
    const military = rowOf(page, liveList(page), 'Military cooperation');
    await expect(military).toBeVisible();
    await expect(military.locator('kbd')).toHaveText(/^[1-9]$/);
    await expect(page.getByText('Viewers can read the themes; ask an owner to make you an editor to change them.')).toBeVisible();

    await expect(page.getByRole('form', { name: 'New theme' })).toHaveCount(0);
    await expect(page.getByRole('main').getByRole('button', { name: /^(Edit|Archive|Restore|Merge|Create)/ })).toHaveCount(0);

    const refused = await page.request.post('/api/tags', { data: { teamId, name: uniqueName('viewer'), color: '#336699' } });
    expect(refused.status()).toBe(403);
  });
});

test.describe('on a phone', () => {
  test.use({ storageState: storageStatePath('analyst'), viewport: { width: 390, height: 844 } });

  test('the themes page stacks and fits the screen', async ({ page }) => {
    await page.goto('/themes');
    await expect(page.getByRole('form', { name: 'New theme' }).getByLabel('Name')).toBeVisible();
    await expect(liveList(page).getByRole('listitem').first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
