/** Document structure: the outline tree, table of contents, headings and indicator tables. */
export { buildOutline, flattenOutline, Outline, OutlineNode, OutlineNodeFields, OutlineToc, type OutlineOptions } from "./outline.ts";
export { Heading, HeadingKind, matchHeading } from "./heading.ts";
export { TocEntry } from "./toc.ts";
export { findIndicatorTables, IndicatorRow, IndicatorTable, TableCell } from "./indicator-table.ts";
