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

/** Whether a short line is only a place: "Dubai, UAE", "Scottsdale, Arizona (USA)", "Łódź, Poland". */
export function isPlaceLine(text: string): boolean {
  if (text.length > 60 || !text.includes(',') || /\d/.test(text)) return false;
  const last = (text.split(',').pop() ?? '').replace(/[()]/g, ' ').trim().toLowerCase().split(/\s+/);
  const tail = last.join(' ');
  return longPlaces.includes(tail) || (last.length <= 2 && last.every((word) => placeNames.has(word)));
}
