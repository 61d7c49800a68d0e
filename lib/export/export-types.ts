// The shape of an exported excerpt, shared by the CSV and JSON-LD writers, the preview endpoint
// and the export page.

/** One excerpt (a highlight) as exported, with the ratings the exporter may see. */
export type ExportRow = {
  excerptId: string;
  documentId: string;
  documentTitle: string;
  /** The outlet's name, or null when the article has none. */
  outlet: string | null;
  /** The outlet's consensus reliability (lower median of A-E; F when every rating is F). */
  outletReliability: string | null;
  /** YYYY-MM-DD */
  publishedDate: string | null;
  articleUrl: string | null;
  language: string;
  analystId: string;
  analystName: string;
  analystEmail: string;
  /** ISO 8601, UTC */
  createdAt: string;
  updatedAt: string;
  /** Unicode code points into the article's canonical text: [start, end). */
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  note: string;
  /** Theme names, sorted case-insensitively. */
  themes: string[];
  /** The analyst's own credibility rating of the passage, when the exporter may see it. */
  analystCredibility: number | null;
  /** Lower median of the visible 1-5 ratings; 6 when every visible rating is 6. */
  consensusCredibility: number | null;
  /** How many ratings of the passage the exporter sees. */
  credibilityRatings: number;
};

/** GET /api/export/preview */
export type ExportPreview = {
  /** Excerpts matching the filters. */
  count: number;
  /** The first rows, in export order. */
  rows: ExportRow[];
  /** The CSV header the download will have (with theme columns when asked). */
  columns: string[];
  /** The names the downloads will be saved under. */
  fileNames: { csv: string; jsonld: string };
};

export const PREVIEW_ROWS = 20;
