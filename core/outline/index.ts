/** Document structure: the outline tree, table of contents, headings, a report's closing address and indicator tables. */
export { buildOutline, flattenOutline, Outline, OutlineNode, OutlineNodeFields, OutlineNodeKind, OutlineToc, type OutlineOptions } from "./outline.ts";
export { OutlineSummary, summariseOutline } from "./outline-summary.ts";
export { findClosingLine, matchSalutation } from "./closing.ts";
export { Heading, HeadingKind, matchHeading } from "./heading.ts";
export { TocEntry } from "./toc.ts";
export { findIndicatorTables, IndicatorRow, IndicatorTable, TableCell } from "./indicator-table.ts";
