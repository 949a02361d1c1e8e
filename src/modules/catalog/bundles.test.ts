import { beforeAll, describe, expect, it } from 'vitest';
import { setUpTestApp } from '../../../tests/support/test-app';
import { seedDemo } from '../../seed/seed-demo';

const t = setUpTestApp();

beforeAll(async () => {
  await seedDemo(t.db);
});

describe('one-thing bundles', () => {
  it('lists the demo bundles with their items', async () => {
    const bundles = (await t.app.inject({ method: 'GET', url: '/api/catalog/bundles' })).json().items;
    const names = bundles.map((bundle: { name: string }) => bundle.name);
    for (const name of ['出生一件事', '身后一件事', '开办餐饮店一件事']) expect(names).toContain(name);
    const birth = bundles.find((bundle: { name: string }) => bundle.name === '出生一件事');
    expect(birth.itemNames.length).toBeGreaterThanOrEqual(3);
  });

  it('asks shared fields once, lists each paper once and combines the limits', async () => {
    const bundles = (await t.app.inject({ method: 'GET', url: '/api/catalog/bundles' })).json().items;
    const birth = bundles.find((bundle: { name: string }) => bundle.name === '出生一件事');
    const detail = (
      await t.app.inject({ method: 'GET', url: `/api/catalog/bundles/${birth.bundleId}` })
    ).json();
    const { merged, items } = detail;
    expect(items.map((item: { name: string }) => item.name)).toEqual(birth.itemNames);
    const profileSources = merged.formFields
      .map((field: { profileSource: string | null }) => field.profileSource)
      .filter(Boolean);
    expect(new Set(profileSources).size).toBe(profileSources.length);
    expect(merged.fieldsSaved).toBeGreaterThan(0);
    expect(merged.materialsSaved).toBeGreaterThan(0);
    expect(merged.promisedLimitDays).toBe(
      Math.max(...items.map((item: { promisedLimitDays: number }) => item.promisedLimitDays)),
    );
  });

  it('answers a missing bundle with a clear 404', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/catalog/bundles/00000000-0000-4000-8000-000000000000',
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.message).toMatch(/一件事/);
  });
});
