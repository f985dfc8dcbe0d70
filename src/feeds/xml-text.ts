/**
 * Text that XML 1.0 accepts. OCR output sometimes carries control characters (form feeds, NULs,
 * stray escape codes); one of them in a headline makes the whole feed unreadable to every
 * reader, so they are dropped from every string a feed prints. Escaping `<&"` is the template's
 * job (Nunjucks autoescape); this only removes what no escaping can express.
 */

/**
 * Characters XML 1.0 forbids (C0 controls other than tab, LF and CR; lone surrogates; U+FFFE and
 * U+FFFF) plus those it discourages and no printed page means (DEL and the C1 controls). With the
 * `u` flag a surrogate pair is one character, so the surrogate range matches only lone halves.
 */
// Matching control characters is this pattern's whole purpose.
// eslint-disable-next-line no-control-regex
const notXmlText = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/** `text` without the characters an XML 1.0 document cannot hold. */
export const xmlSafe = (text: string): string => text.replace(notXmlText, "");
