import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';

declare global {
  // pdfkit takes a parsed fontkit font as well as a file (it checks for `layout`); @types/pdfkit only lists files.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace PDFKit.Mixins {
    interface PDFFont {
      registerFont(name: string, src: Font): this;
    }
  }
}

const require = createRequire(import.meta.url);

/** Noto Sans, shipped as TTF in an npm package: Latin with every diacritic our languages use, and the no-break spaces of Intl money. */
export const FONT_FILES = {
  regular: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
} as const;

type FontName = keyof typeof FONT_FILES;

const parsed = new Map<FontName, Font>();

/**
 * The font parsed once per process. Parsing and the first layout of Noto Sans' large OpenType
 * tables cost about 300 ms; a parsed font is reused by every document (each still embeds its own subset).
 */
export function invoiceFont(name: FontName): Font {
  let font = parsed.get(name);
  if (!font) {
    const created = create(readFileSync(FONT_FILES[name]));
    if (!('layout' in created)) throw new Error(`${FONT_FILES[name]} is a font collection, not a font`);
    font = created;
    parsed.set(name, font);
  }
  return font;
}
