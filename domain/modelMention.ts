/**
 * Which catalogue model a member names in free text ("how many points does the eos r5 mark ii
 * give?", "points for an rf 70-200 f2.8"): the model whose name's distinctive parts (the words
 * with a digit, "mark ii", the line's letters) the text contains most of, at least its first
 * word with a digit. Pure: the caller passes the catalogue's names.
 */

export interface NamedModel {
  readonly name: string;
}

/** Lower case, "Canon" dropped, a focal length's "mm" and an aperture's "f/" folded ("70-200mm f/2.8" → "70-200 f2.8"). */
function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/\bf\/(?=\d)/g, 'f')
    .replace(/(\d)mm\b/g, '$1')
    .split(/[^\p{L}\p{N}.-]+/u)
    .map((token) => token.replace(/^[.-]+|[.-]+$/g, ''))
    .filter((token) => token !== '' && token !== 'canon');
}

/** The model named in `text`, or undefined; the longest match wins ("R5 Mark II" over "R5"). */
export function mentionedModel<M extends NamedModel>(text: string, models: readonly M[]): M | undefined {
  const said = tokens(text);
  const saidSet = new Set(said);
  // "eos-r5" and "r5" both name the R5: the text's hyphenated words also count in their parts.
  for (const token of said) for (const part of token.split('-')) saidSet.add(part);
  let best: { model: M; matched: number } | undefined;
  for (const model of models) {
    const parts = tokens(model.name);
    const key = parts.find((part) => /\d/.test(part));
    if (!key || !saidSet.has(key)) continue;
    const matched = parts.filter((part) => saidSet.has(part)).length;
    // Each name part the text does not say counts against it a little, so "R5" is the R5, not the R5 C.
    const score = matched - (parts.length - matched) * 0.01;
    if (!best || score > best.matched) best = { model, matched: score };
  }
  return best?.model;
}
