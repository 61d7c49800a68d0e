import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from './accounts';

/** Signs in through the real login form, as a person would. */
export async function logInThroughForm(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/documents$/);
}
