/** Reading documents: bytes → text (UTF-8/GB18030, HTML, .docx), page chrome, metadata. */
export { readDocument, detectFormat, DocumentFormat, ReadDocument } from "./read-document.ts";
export { decodeText, TextEncoding, type DecodedText } from "./decode-text.ts";
export { htmlToText } from "./html-to-text.ts";
export { docxToText } from "./docx-to-text.ts";
export { findPageChrome, ChromeSpan, Span, type PageLayout } from "./page-chrome.ts";
export { readMetadata, DocumentMetadata, MetadataField, isoDate } from "./metadata.ts";
export { DocumentError, DocumentErrorCode } from "./document-error.ts";
export { DEFAULT_READ_LIMITS, type ReadLimits } from "./read-limits.ts";
export { recogniseDocument, DocumentKind, RecognisedDocument, YearSource } from "./document-kind.ts";
