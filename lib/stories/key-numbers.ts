import type { Story } from '@/lib/schema';

type Metric = Story['metrics'][number];

/** One key number as people write it: "38 % — faster delivery", "$12M saved", "40,000 consultations". */
export function parseMetric(text: string): Metric {
  const item = text.trim();
  const match = item.match(/^([$€£]?\s?[\d.,]+)\s*([^\s—–:-]*)\s*[—–:-]?\s*(.*)$/);
  const metric = match
    ? { value: (match[1] ?? '').trim(), unit: match[2] ?? '', label: (match[3] ?? '').trim() }
    : { value: item, unit: '', label: '' };
  // The typed line is kept only where the usual spelling would change it ("15 %" against "15%").
  return formatMetric(metric) === item ? metric : { ...metric, text: item };
}

/** The key numbers of the editor's text box, one per non-empty line. */
export function parseKeyNumbers(text: string): Metric[] {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map(parseMetric);
}

// Units written against their number ("15%", "$12M", "3x", "$2bn"); a word unit takes a space ("40 people").
const attachedUnit = /^(%|[kmbx]|bn|mn|pts?|[$€£][kmb]n?)$/i;

/** A key number as one line of text: as it was typed, else "$12M saved", "15% of operating cost", "40 people". */
export function formatMetric(metric: Metric): string {
  if (metric.text) return metric.text;
  const number = metric.unit
    ? `${metric.value}${attachedUnit.test(metric.unit) ? '' : ' '}${metric.unit}`
    : metric.value;
  return [number, metric.label].filter(Boolean).join(' ');
}

/** The key numbers as the editor shows them, one per line. */
export function formatKeyNumbers(metrics: Metric[]): string {
  return metrics.map(formatMetric).join('\n');
}
