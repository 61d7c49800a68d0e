// The MUST rules of the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/)
// that an exported collection touches, as test assertions.
import { expect } from 'vitest';

const IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i;
const UTC_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const PURPOSES = ['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting', 'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging'];

const types = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

export function expectValidAnnotation(annotation: any): void {
  expect(annotation.id, 'Annotation id is an IRI').toMatch(IRI);
  expect(types(annotation.type)).toContain('Annotation');
  expect(annotation.target, 'an Annotation has a target').toBeDefined();
  expect(annotation.created).toMatch(UTC_DATE_TIME);
  expect(annotation.modified).toMatch(UTC_DATE_TIME);
  expect(annotation.creator.id).toMatch(IRI);
  for (const body of annotation.body ?? []) {
    expect(body.type).toBe('TextualBody');
    expect(typeof body.value, 'a TextualBody has a value').toBe('string');
    expect(PURPOSES).toContain(body.purpose);
  }
  for (const target of types(annotation.target) as any[]) {
    expect(target.source, 'a SpecificResource has a source').toBeDefined();
    expect(target.source.id ?? target.source).toMatch(IRI);
    const selectors = types(target.selector) as any[];
    const quote = selectors.find((selector) => selector.type === 'TextQuoteSelector');
    const position = selectors.find((selector) => selector.type === 'TextPositionSelector');
    expect(typeof quote?.exact, 'a TextQuoteSelector has exact').toBe('string');
    expect(Number.isInteger(position?.start) && position.start >= 0, 'start is a non-negative integer').toBe(true);
    expect(Number.isInteger(position?.end) && position.end >= position.start, 'end is an integer ≥ start').toBe(true);
  }
}

export function expectValidAnnotationCollection(collection: any): void {
  expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
  expect(collection.id).toMatch(IRI);
  expect(types(collection.type)).toContain('AnnotationCollection');
  expect(Number.isInteger(collection.total)).toBe(true);
  const page = collection.first;
  expect(page, 'a collection with annotations has a first page').toBeDefined();
  expect(page.id).toMatch(IRI);
  expect(types(page.type)).toContain('AnnotationPage');
  expect(page.partOf).toBe(collection.id);
  expect(Array.isArray(page.items), 'a page has items').toBe(true);
  expect(page.items).toHaveLength(collection.total);
  expect(page.next, 'one page: no next').toBeUndefined();
  for (const annotation of page.items) expectValidAnnotation(annotation);
}
