// Excerpts as W3C Web Annotation Data Model annotations (https://www.w3.org/TR/annotation-model/):
// the target is the article with a TextQuoteSelector and a TextPositionSelector (code points, as
// Credence stores them); the bodies carry the themes ("tagging"), the note ("commenting") and the
// analyst's credibility rating ("assessing").
import { CREDIBILITY_LABELS, isCredibility } from '@/lib/agreement/admiralty';
import type { ExportRow } from '@/lib/export/export-types';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export type TextualBody = { type: 'TextualBody'; purpose: 'tagging' | 'commenting' | 'assessing'; value: string; format?: 'text/plain'; language?: string };

export type WebAnnotation = {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting';
  created: string;
  modified: string;
  creator: { id: string; type: 'Person'; name: string };
  body?: TextualBody[];
  target: {
    type: 'SpecificResource';
    source: { id: string; type: 'Text'; format: 'text/plain'; language: string };
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
};

/** Annotation and person ids are URNs: stable, and they reveal no address or email. */
export function annotationIri(excerptId: string): string {
  return `urn:credence:annotation:${excerptId}`;
}

/** The article as Credence holds it (its canonical text is what the selectors point into). */
export function articleIri(baseUrl: string, documentId: string): string {
  return `${baseUrl}/documents/${encodeURIComponent(documentId)}`;
}

/** "2: Probably true" */
export function credibilityValue(grade: number): string {
  return isCredibility(grade) ? `${grade}: ${CREDIBILITY_LABELS[grade]}` : String(grade);
}

export function toWebAnnotation(row: ExportRow, baseUrl: string): WebAnnotation {
  const body: TextualBody[] = row.themes.map((theme) => ({ type: 'TextualBody', purpose: 'tagging', value: theme }));
  if (row.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: row.note, format: 'text/plain' });
  if (row.analystCredibility !== null) body.push({ type: 'TextualBody', purpose: 'assessing', value: credibilityValue(row.analystCredibility) });
  return {
    id: annotationIri(row.excerptId),
    type: 'Annotation',
    motivation: 'highlighting',
    created: row.createdAt,
    modified: row.updatedAt,
    creator: { id: `urn:credence:user:${row.analystId}`, type: 'Person', name: row.analystName },
    ...(body.length ? { body } : {}),
    target: {
      type: 'SpecificResource',
      source: { id: articleIri(baseUrl, row.documentId), type: 'Text', format: 'text/plain', language: row.language },
      selector: [
        { type: 'TextQuoteSelector', exact: row.exact, prefix: row.prefix, suffix: row.suffix },
        { type: 'TextPositionSelector', start: row.start, end: row.end },
      ],
    },
  };
}
