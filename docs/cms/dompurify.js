// A DOMPurify 3.5 configuration that keeps nn-elements lessons intact (docs/cms.md).
// `allowlist` is dist/allowlist.json. The <script type="module"> that loads the elements is
// removed by any sanitizer: put it in the page template, not in the lesson body.

/**
 * Sanitizes lesson HTML with DOMPurify, keeping our four tags, their attributes and the quiz's
 * data-* markers, and everything DOMPurify keeps by default.
 * @param {typeof import('dompurify').default} DOMPurify
 * @param {Record<string, string[]>} allowlist
 * @param {string} html
 * @returns {string}
 */
export function sanitizeLesson(DOMPurify, allowlist, html) {
  const tags = new Set(Object.keys(allowlist).filter((t) => t.startsWith('nn-')));
  const attributes = new Set(Object.entries(allowlist).filter(([t]) => tags.has(t)).flatMap(([, a]) => a));
  // DOMPurify 3.5 drops `for` on anything but <label> and <output>, even when allowed. Our tags
  // use it to link a quiz or a plot to its exercise, so it is kept on them (and only them).
  const keepFor = (node, data) => {
    if (tags.has(node.localName) && (allowlist[node.localName] ?? []).includes(data.attrName)) data.forceKeepAttr = true;
  };
  DOMPurify.addHook('uponSanitizeAttribute', keepFor);
  try {
    return DOMPurify.sanitize(html, {
      CUSTOM_ELEMENT_HANDLING: {
        tagNameCheck: (tag) => tags.has(tag),
        attributeNameCheck: (name) => attributes.has(name),
        allowCustomizedBuiltInElements: false,
      },
      // The quiz's markers (data-question, data-choice, …) are data-* attributes: allowed by default.
      ALLOW_DATA_ATTR: true,
    });
  } finally {
    DOMPurify.removeHook('uponSanitizeAttribute', keepFor);
  }
}
