import { describe, expect, it } from 'vitest';
import { clearFilters, exportDownloadHref, exportPageQuery, exportPreviewQuery, hasFilters, listHas, listToggle, readExportForm } from '@/components/export/export-form-state';

describe('the export form in the URL', () => {
  it('reads what a link says and writes back only what differs from the defaults', () => {
    const form = readExportForm(new URLSearchParams('tag=t1&tag=Syria&tag=t1&tagMode=all&minCredibility=2&format=jsonld&spreadsheetSafe=0&bogus=1'));
    expect(form).toMatchObject({ tag: ['t1', 'Syria'], tagMode: 'all', minCredibility: '2', format: 'jsonld', spreadsheetSafe: false, bom: false });
    expect(exportPageQuery(form)).toBe('tag=t1&tag=Syria&tagMode=all&minCredibility=2&format=jsonld&spreadsheetSafe=0');
    expect(exportPageQuery(readExportForm(new URLSearchParams('')))).toBe('');
  });

  it('sends the filters to the preview and the file options only to the CSV', () => {
    const form = { ...readExportForm(new URLSearchParams('analyst=a@b.org&from=2025-01-01')), bom: true, themeColumns: true };
    expect(exportPreviewQuery('team1', form)).toBe('teamId=team1&analyst=a%40b.org&from=2025-01-01&themeColumns=1');
    expect(exportDownloadHref('team1', form)).toBe('/api/export.csv?teamId=team1&analyst=a%40b.org&from=2025-01-01&bom=1&themeColumns=1&spreadsheetSafe=1');
    expect(exportDownloadHref('team1', { ...form, format: 'jsonld' })).toBe('/api/export.jsonld?teamId=team1&analyst=a%40b.org&from=2025-01-01');
  });

  it('clears the filters but keeps the file options', () => {
    const form = readExportForm(new URLSearchParams('reliability=B&format=jsonld&bom=1'));
    expect(hasFilters(form)).toBe(true);
    const cleared = clearFilters(form);
    expect(hasFilters(cleared)).toBe(false);
    expect(exportPageQuery(cleared)).toBe('format=jsonld&bom=1');
  });

  it('ticks an option named by id or by name, and unticks it under either', () => {
    expect(listHas(['syria'], ['id1', 'Syria'])).toBe(true);
    expect(listToggle(['SYRIA', 'id2'], ['id1', 'Syria'], false)).toEqual(['id2']);
    expect(listToggle(['id2'], ['id1', 'Syria'], true)).toEqual(['id2', 'id1']);
  });
});
