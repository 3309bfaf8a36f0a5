// Text of a PDF as a reader (or a screen reader) gets it, via pdfjs-dist's Node build.
import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

// pdfjs wants the standard font metrics for Helvetica; they ship with the package.
const standardFontDataUrl = path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts') + path.sep;

export async function pdfText(bytes: Uint8Array): Promise<{ pages: string[]; title: string | undefined; lang: string | null; structure: string[] }> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, standardFontDataUrl }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  const meta = await pdf.getMetadata();
  const info = meta.info as { Title?: string; Language?: string };
  const tree = await (await pdf.getPage(1)).getStructTree();
  await pdf.destroy();
  return { pages, title: info.Title, lang: info.Language ?? null, structure: tree ? roles(tree as StructNode) : [] };
}

interface StructNode {
  role?: string;
  children?: StructNode[];
}

/** Roles of the structure tree of page 1 in document order (e.g. Document, P, H1). */
function roles(node: StructNode): string[] {
  return [...(node.role ? [node.role] : []), ...(node.children ?? []).flatMap(roles)];
}
