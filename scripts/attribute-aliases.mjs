// Old attribute names the elements still read on plain pages (attributeAliases in the element
// classes), for the build scripts that list attributes outside the manifest: the sanitizers'
// allowlist (dist-data.mjs) and the .d.ts @attr tags (dts-attrs.mjs). Keep it in step with the classes.
export const ATTRIBUTE_ALIASES = {
  'nn-dataset-plot': { dataset: 'dataset-name' },
  'nn-playground': { dataset: 'dataset-name' },
};
