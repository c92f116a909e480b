/**
 * Countries, US states and Canadian provinces as pages write them after a city ("Dubai, UAE", "Provo,
 * Utah, USA"): a card line that ends in one says where the person is, not what they do.
 */
const placeNames = new Set(
  [
    'usa us u.s. u.s.a. united states america uk u.k. united kingdom england scotland wales ireland northern ireland',
    'canada mexico brazil brasil argentina chile colombia peru venezuela ecuador uruguay costa rica panama cuba',
    'france germany deutschland italy italia spain españa portugal netherlands nederland belgium belgië luxembourg',
    'switzerland schweiz suisse austria österreich denmark danmark norway norge sweden sverige finland suomi iceland',
    'poland polska czech republic czechia slovakia hungary romania bulgaria greece serbia croatia slovenia bosnia',
    'albania north macedonia montenegro kosovo ukraine belarus russia lithuania latvia estonia moldova georgia armenia',
    'turkey türkiye israel lebanon jordan egypt morocco tunisia algeria nigeria ghana kenya ethiopia south africa',
    'uae united arab emirates saudi arabia qatar kuwait bahrain oman pakistan india bangladesh sri lanka nepal',
    'china hong kong taiwan japan korea south korea singapore malaysia indonesia thailand vietnam philippines',
    'australia new zealand',
    'alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana',
    'iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana',
    'nebraska nevada new hampshire new jersey new mexico new york north carolina north dakota ohio oklahoma oregon',
    'pennsylvania rhode island south carolina south dakota tennessee texas utah vermont virginia washington',
    'west virginia wisconsin wyoming ontario quebec british columbia alberta manitoba nova scotia',
    'maharashtra gujarat karnataka tamil nadu kerala telangana delhi',
  ]
    .join(' ')
    .split(' '),
);
// Names of two or three words are checked whole; the list above is split into words for the one-word ones.
const longPlaces = [
  'united states',
  'united kingdom',
  'northern ireland',
  'costa rica',
  'czech republic',
  'north macedonia',
  'south africa',
  'united arab emirates',
  'saudi arabia',
  'sri lanka',
  'hong kong',
  'south korea',
  'new zealand',
  'new hampshire',
  'new jersey',
  'new mexico',
  'new york',
  'north carolina',
  'north dakota',
  'rhode island',
  'south carolina',
  'south dakota',
  'west virginia',
  'british columbia',
  'nova scotia',
  'tamil nadu',
];

// The postal codes of US states and Canadian provinces, as written after a city ("Troy, NY"): in capitals
// only, since in lower case most are words ("in", "me", "or").
const regionCodes = new Set(
  `AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK
  OR PA RI SC SD TN TX UT VT VA WA WV WI WY ON QC BC AB MB NS NB NL PE SK`.split(/\s+/),
);

/** Whether a short line is only a place: "Dubai, UAE", "Scottsdale, Arizona (USA)", "Łódź, Poland", "Troy, NY". */
export function isPlaceLine(text: string): boolean {
  if (text.length > 60 || !text.includes(',') || /\d/.test(text)) return false;
  const written = (text.split(',').pop() ?? '').replace(/[()]/g, ' ').trim();
  if (regionCodes.has(written)) return true;
  const last = written.toLowerCase().split(/\s+/);
  const tail = last.join(' ');
  return longPlaces.includes(tail) || (last.length <= 2 && last.every((word) => placeNames.has(word)));
}

// Words only places follow ("based in", "nos locaux à"), in either case at their start ("Hiring in …").
const placeCues = [
  'offices?',
  'headquarter(?:s|ed)',
  'based',
  'located',
  'hiring',
  'on-?site',
  'work(?:ing)? (?:from|out of)',
  'locaux',
  'bureaux?',
  'situ[ée]e?s?',
  'kantoor',
  'standort',
  'sitz',
  'büros?',
  'oficinas?',
  'sede',
]
  .map((cue) => `[${cue[0]?.toUpperCase()}${cue[0]}]${cue.slice(1)}`)
  .join('|');
// Where prose says the work is: "at our office in Troy, NY", "based in Austin, Texas", "nos locaux à
// Grenoble", "Hiring in Seattle, Madrid, and remote".
const placeWord = String.raw`\p{Lu}[\p{L}'’-]*(?:\.\p{Lu})*\.?`;
const placeInProse = new RegExp(
  String.raw`(?<!\p{L})(?:${placeCues})(?!\p{L})[^.;:]{0,30}?(?<=\s)(?:in|à|en|im|op)\s(${placeWord}(?:(?:,\s?|\s(?:and|et|und|y|en|&)\s|,\s(?:and|et|und|y|en)\s|\s)${placeWord}){0,4})`,
  'u',
);

/**
 * The place a sentence says the work or the office is in: one written the way addresses are ("Troy,
 * NY"), else, after a word that only places take ("based in", "nos locaux à"), the capitalised names
 * that follow ("Madrid and Seattle").
 */
export function placeInText(text: string): string | undefined {
  // The names end where a sentence does: "based in Madrid. We build…" is Madrid.
  const place = placeInProse
    .exec(text)?.[1]
    ?.split(/\.\s/)[0]
    ?.replace(/,$|(?<!\.\p{Lu})\.$/u, '');
  if (!place) return undefined;
  if (isPlaceLine(place)) return place;
  // A capitalised run that goes on into a sentence ("Paris We") or a name of a thing is no place.
  const words = place.split(/,?\s(?:and|et|und|y|en|&)\s|,\s?|\s/);
  return place.length <= 40 && words.length <= 4 && words.every((word) => !notPlaceWords.has(word.toLowerCase()))
    ? place
    : undefined;
}

/** Capitalised words that follow "based in" without naming a place: a sentence going on. */
const notPlaceWords = new Set(['we', 'our', 'you', 'your', 'it', 'its', 'this', 'that', 'there', 'here', 'i']);

// A postal address as footers and contact blocks write it. In Europe the postcode comes before the city,
// after a street with its number ("Kampenringweg 45A, 2803PE Gouda", "34 rue Jean Broquin 69006 Lyon");
// the street is required so that a year or a phone number before a capitalised word is not one. In North
// America the city comes before the state and its ZIP code ("Suite 400, San Francisco, CA 94105").
const streetWords =
  'rue|avenue|av\\.|boulevard|bd|place|chemin|allée|impasse|quai|route|cours|via|viale|piazza|calle|avenida|plaza|paseo|carrer|rua|street|road|lane';
const cityWord = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]*)*`;
// Two-word cities start with one of these ("Den Haag", "Bad Homburg", "La Rochelle") or join with a
// small word ("Frankfurt am Main", "Boulogne-sur-Mer" is one word already).
const cityName = String.raw`(?:(?:Den|Bad|La|Le|Les|San|Santa|Saint|St\.|Sankt|New|Los|Las|El|Port|Mont)\s)?${cityWord}(?:\s(?:am|an der|an|im|sur|en|de|del|bei)\s${cityWord})?`;
const europeanPostcode = String.raw`(?:[A-Z]{1,2}-)?(?:\d{5}|\d{4}\s?[A-Z]{2}|\d{2}-\d{3}|\d{3}\s\d{2}|\d{4})`;
// The postcode and city are looked for first, as they are quick to rule out; then the street before them.
const postcodeCity = new RegExp(String.raw`(?<![\p{L}\d-])(${europeanPostcode})\s+(${cityName})(?![\p{L}\d])`, 'gu');
const streetBefore = new RegExp(
  String.raw`(?:\p{L}{3,}\.?\s\d{1,4}(?:-\d{1,4})?\s?[a-zA-Z]?|\b\d{1,4}[a-z]?,?\s(?:${streetWords})\s[^\n]{1,40}?)[,\s]+$`,
  'u',
);
const regionAndZip = new RegExp(
  String.raw`,\s*(${[...regionCodes].join('|')})\s+(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)\b`,
  'u',
);
const phoneLabel = /^(?:phone|tel|telefon|telephone|fax|mobile|call|hotline)\b/i;
const unitWords = new Set(
  'street st avenue ave road rd boulevard blvd drive dr suite ste floor fl way lane ln parkway pkwy building bldg plaza court ct place pl square sq highway hwy unit'.split(
    ' ',
  ),
);

/** The city of a postal address in a text, and the address as written, when the text holds one. */
export function postalAddress(text: string): { address: string; city: string } | undefined {
  for (const found of text.matchAll(postcodeCity)) {
    // A four-digit "postcode" that reads as a year is a sentence's ("since 2004 Acme").
    if (!found[2] || /^(?:19|20)\d\d$/.test(found[1] ?? '')) continue;
    const street = streetBefore.exec(text.slice(Math.max(0, found.index - 70), found.index))?.[0];
    // A number after "Phone" is a phone number's.
    if (street && !phoneLabel.test(street)) return { address: cleanAddress(street + found[0]), city: found[2] };
  }
  const american = regionAndZip.exec(text);
  if (!american) return undefined;
  // The city is the capitalised words at the end of its part, after any street or suite.
  const part =
    text
      .slice(Math.max(0, american.index - 40), american.index)
      .split(/[,\n]/)
      .pop() ?? '';
  const words: string[] = [];
  for (const word of part.trim().split(/\s+/).reverse()) {
    if (
      words.length === 3 ||
      !/^\p{Lu}[\p{L}.'’-]*$/u.test(word) ||
      unitWords.has(word.toLowerCase().replace(/\.$/, ''))
    )
      break;
    words.unshift(word);
  }
  if (words.length === 0) return undefined;
  return { address: cleanAddress(part + american[0]), city: `${words.join(' ')}, ${american[1]}` };
}

// "Headquarters Irving, TX", "Siège social : Lyon, France": a label, then a place written as addresses are.
const headquartersLabel =
  /(?:headquarters|head office|\bhq\b|hauptsitz|firmensitz|siège social|sede central|sede social|hoofdkantoor|siedziba)\s*[:–-]?\s*([^\n,:]{2,40},[^\n,]{2,30})/i;

/** The place a text labels as the headquarters, when it writes one the way addresses are. */
export function labelledHeadquarters(text: string): string | undefined {
  const place = headquartersLabel.exec(text)?.[1]?.trim();
  return place && isPlaceLine(place) ? place : undefined;
}

const cleanAddress = (text: string) => text.replace(/\s+/g, ' ').trim();
