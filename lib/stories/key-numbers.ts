import type { Story } from '@/lib/schema';

/** One key number as people write it: "38 % — faster delivery", "$12M saved", "40,000 consultations". */
export function parseMetric(text: string): Story['metrics'][number] {
  const item = text.trim();
  const match = item.match(/^([$€£]?\s?[\d.,]+)\s*([^\s—–:-]*)\s*[—–:-]?\s*(.*)$/);
  return match
    ? { value: (match[1] ?? '').trim(), unit: match[2] ?? '', label: (match[3] ?? '').trim() }
    : { value: item, unit: '', label: '' };
}
