// Draws a scene of the one chart engine (domain/charts) with pdfkit's own vector operators
// (rectangles, lines, paths, text): the same shapes as the SVG in the HTML report, so the PDF
// needs no browser and no SVG converter. CSS classes and patterns are for pages; print ignores them,
// and a page's links and groups are drawn as the plain shapes they hold (paper has no links).
import type { ChartScene, Shape } from '../domain/charts/scene.ts';
import { toWinAnsi } from './win-ansi.ts';

export function drawScene(doc: PDFKit.PDFDocument, scene: ChartScene, left: number, top: number, scale: number): void {
  const X = (x: number) => left + x * scale;
  const Y = (y: number) => top + y * scale;
  doc.save();
  const draw = (shape: Shape): void => {
    switch (shape.kind) {
      case 'rect':
        doc.rect(X(shape.x), Y(shape.y), shape.w * scale, shape.h * scale).fill(shape.fill);
        break;
      case 'line':
        doc
          .moveTo(X(shape.x1), Y(shape.y1))
          .lineTo(X(shape.x2), Y(shape.y2))
          .lineWidth(shape.width * scale);
        if (shape.dash) doc.dash(2 * scale, { space: 2 * scale });
        doc.stroke(shape.stroke);
        if (shape.dash) doc.undash();
        break;
      case 'polyline': {
        const [first, ...rest] = shape.points;
        doc.moveTo(X(first[0]), Y(first[1]));
        for (const [x, y] of rest) doc.lineTo(X(x), Y(y));
        doc
          .lineWidth(shape.width * scale)
          .lineJoin('round')
          .stroke(shape.stroke);
        break;
      }
      case 'path': {
        // pdfkit reads SVG path data; the scene is in points from the chart's top left.
        doc.save().translate(left, top).scale(scale);
        doc.path(shape.d);
        if (shape.stroke) {
          doc.lineWidth(shape.width ?? 1);
          if (shape.dash) doc.dash(2, { space: 2 });
          doc.fillAndStroke(shape.fill, shape.stroke, 'even-odd');
        } else doc.fill(shape.fill, 'even-odd');
        if (shape.dash) doc.undash();
        doc.restore();
        break;
      }
      case 'polygon': {
        const [first, ...rest] = shape.points;
        doc.moveTo(X(first[0]), Y(first[1]));
        for (const [x, y] of rest) doc.lineTo(X(x), Y(y));
        doc.closePath();
        if (shape.stroke) doc.lineWidth((shape.width ?? 1) * scale).fillAndStroke(shape.fill, shape.stroke);
        else doc.fill(shape.fill);
        break;
      }
      case 'link':
      case 'group':
        for (const inner of shape.shapes) draw(inner);
        break;
      case 'circle':
        doc.circle(X(shape.cx), Y(shape.cy), shape.r * scale).fill(shape.fill);
        break;
      case 'text': {
        const text = toWinAnsi(shape.text);
        const size = shape.size * scale;
        doc
          .font(shape.italic ? 'Helvetica-Oblique' : 'Helvetica')
          .fontSize(size)
          .fillColor(shape.fill);
        const width = doc.widthOfString(text);
        const x = shape.anchor === 'start' ? X(shape.x) : shape.anchor === 'middle' ? X(shape.x) - width / 2 : X(shape.x) - width;
        // SVG places text on its baseline; pdfkit places the top of the line box.
        if (shape.rotate !== undefined) doc.save().rotate(shape.rotate, { origin: [X(shape.x), Y(shape.y)] });
        doc.text(text, x, Y(shape.y) - size * 0.8, { lineBreak: false });
        if (shape.rotate !== undefined) doc.restore();
        break;
      }
    }
  };
  for (const shape of scene.shapes) draw(shape);
  doc.restore();
  doc.font('Helvetica');
}
