/** Dates as pages write them, in several languages, to ISO (YYYY-MM-DD). */

const monthNames: Record<string, number> = {};
const monthLists = [
  'january february march april may june july august september october november december',
  'jan feb mar apr may jun jul aug sep oct nov dec',
  'januar februar märz april mai juni juli august september oktober november dezember',
  'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
  'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia',
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
];
for (const list of monthLists) {
  list.split(' ').forEach((name, index) => {
    if (!(name in monthNames)) monthNames[name] = index + 1;
  });
}
monthNames.sept = 9;
const monthPattern = Object.keys(monthNames)
  .sort((a, b) => b.length - a.length)
  .join('|');

function iso(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first date in a text, as YYYY-MM-DD; undefined when there is none that parses. */
export function toIsoDate(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const value = text.trim().toLowerCase();
  let match = /(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (match) return iso(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /(\d{4})\/(\d{1,2})\/(\d{1,2})/.exec(value);
  if (match) return iso(Number(match[1]), Number(match[2]), Number(match[3]));
  // 12.05.2021 (day first, as in German and Polish)
  match = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(value);
  if (match) return iso(Number(match[3]), Number(match[2]), Number(match[1]));
  // April 6, 2016 / Oct. 29, 2025
  match = new RegExp(`\\b(${monthPattern})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'u').exec(value);
  if (match) return iso(Number(match[3]), monthNames[match[1] as string] as number, Number(match[2]));
  // 6 April 2016 / 12 maja 2021 / 29 de outubro de 2025 / 5. Oktober 2026
  match = new RegExp(`\\b(\\d{1,2})\\.?\\s+(?:de\\s+)?(${monthPattern})\\.?,?\\s+(?:de\\s+)?(\\d{4})`, 'u').exec(value);
  if (match) return iso(Number(match[3]), monthNames[match[2] as string] as number, Number(match[1]));
  // 05/12/2021 is ambiguous; pages in English mean month first.
  match = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(value);
  if (match) return iso(Number(match[3]), Number(match[1]), Number(match[2]));
  return undefined;
}
