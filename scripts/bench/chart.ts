/** A hand-written SVG line chart of latency (log scale) against concurrency: no chart library. */

export interface ChartSeries {
  readonly name: string;
  readonly color: string;
  /** One point per concurrency level, in the order of `levels`. */
  readonly p50: readonly number[];
  readonly p99: readonly number[];
}

const WIDTH = 720;
const HEIGHT = 420;
const PAD = { left: 70, right: 170, top: 48, bottom: 56 };

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function latencyChart(title: string, levels: readonly number[], series: readonly ChartSeries[]): string {
  const values = series.flatMap((s) => [...s.p50, ...s.p99]).filter((v) => v > 0);
  const lo = Math.floor(Math.log10(Math.max(0.1, Math.min(...values, 1))));
  const hi = Math.ceil(Math.log10(Math.max(...values, 10)));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (levels.length === 1 ? plotW / 2 : (i * plotW) / (levels.length - 1));
  const y = (v: number) => PAD.top + plotH - ((Math.log10(Math.max(v, 10 ** lo)) - lo) / (hi - lo || 1)) * plotH;

  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="system-ui, sans-serif" font-size="12">`);
  parts.push(`<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`);
  parts.push(`<text x="${WIDTH / 2 - PAD.right / 2}" y="24" text-anchor="middle" font-size="15" font-weight="600">${escape(title)}</text>`);
  for (let e = lo; e <= hi; e++) {
    const gy = y(10 ** e);
    parts.push(`<line x1="${PAD.left}" x2="${PAD.left + plotW}" y1="${gy}" y2="${gy}" stroke="#ddd"/>`);
    parts.push(`<text x="${PAD.left - 8}" y="${gy + 4}" text-anchor="end">${10 ** e >= 1 ? 10 ** e : (10 ** e).toFixed(-e)} ms</text>`);
  }
  levels.forEach((level, i) => {
    parts.push(`<line x1="${x(i)}" x2="${x(i)}" y1="${PAD.top}" y2="${PAD.top + plotH}" stroke="#eee"/>`);
    parts.push(`<text x="${x(i)}" y="${PAD.top + plotH + 18}" text-anchor="middle">${level}</text>`);
  });
  parts.push(`<text x="${PAD.left + plotW / 2}" y="${HEIGHT - 14}" text-anchor="middle">concurrent members</text>`);
  parts.push(`<text transform="translate(16 ${PAD.top + plotH / 2}) rotate(-90)" text-anchor="middle">latency per turn (log scale)</text>`);
  parts.push(`<rect x="${PAD.left}" y="${PAD.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#999"/>`);

  series.forEach((s, k) => {
    for (const [values, dash, label] of [
      [s.p50, '', 'p50'],
      [s.p99, '6 4', 'p99'],
    ] as const) {
      const points = values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
      parts.push(`<polyline points="${points}" fill="none" stroke="${s.color}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`);
      values.forEach((v, i) => parts.push(`<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="3" fill="${s.color}"><title>${escape(`${s.name} ${label} at ${levels[i]}: ${v} ms`)}</title></circle>`));
    }
    const ly = PAD.top + 10 + k * 40;
    const lx = PAD.left + plotW + 16;
    parts.push(`<line x1="${lx}" x2="${lx + 24}" y1="${ly}" y2="${ly}" stroke="${s.color}" stroke-width="2"/>`);
    parts.push(`<text x="${lx + 30}" y="${ly + 4}">${escape(s.name)} p50</text>`);
    parts.push(`<line x1="${lx}" x2="${lx + 24}" y1="${ly + 16}" y2="${ly + 16}" stroke="${s.color}" stroke-width="2" stroke-dasharray="6 4"/>`);
    parts.push(`<text x="${lx + 30}" y="${ly + 20}">${escape(s.name)} p99</text>`);
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
