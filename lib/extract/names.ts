import { hasTitleWord } from './titles';

/** Lower-case words that stand inside names: "Ludwig van Beethoven", "Maria dos Santos". */
const particles = new Set(
  'van von de der den da das dos du del della di la le bin ibn al el ten ter zu y e af av'.split(' '),
);

/** Honorifics and academic prefixes, dropped from the front of a name. */
export const honorifics =
  /^(?:(?:dr|prof|mr|mrs|ms|mx|sir|dame|mag|dipl\.?-ing|ing|inż|mgr|hab|univ\.-prof|priv\.-doz|rev|hon|lic|licda|lcdo|lcda)\.?\s+)+/i;

/** Post-nominal letters: "MBA", "MD", "PhD", "SHRM-CP", "Jr.", "III". */
const credential =
  /^(?:[A-Z]{2,6}(?:-[A-Z]{2,4})?|Ph\.?\s?D\.?|M\.?D\.?|M\.?B\.?A\.?|Jr\.?|Sr\.?|II|III|IV|Esq\.?|(?:[A-Z]\.){2,4})$/;

/**
 * Capitalised words that head sections, menus and buttons in many languages; a line made of them is
 * not a name even though it looks like one ("Board Of Directors", "Über Uns", "Nossa Equipe").
 */
const notNameWords = new Set(
  `about us our we the a an and or of for to in on at by with from meet team teams leadership leaders board
  directors management executive executives contact home news press careers career jobs job services service
  products product solutions company companies group partners partner people staff faculty history mission
  vision values culture overview privacy policy cookie cookies terms legal sitemap search menu login log sign
  more read view bio profile learn welcome office offices department center centre institute university
  college school inc llc ltd gmbh ag corp corporation foundation trust council committee cabinet deans dean
  president presidents chief officer director manager senior junior vice global north south east west america
  europe asia africa new all my your his her their its this that these those what why how who when where
  quick notification notice skip content main navigation share follow subscribe newsletter download apply
  open positions opportunities events event blog stories story report reports investor investors relations
  customer customers support help resources resource library research industry industries platform features
  pricing demo free trial get started today now year years day days week month annual quarterly insights
  über uns wir sind unser unsere kontakt impressum datenschutz leistungen start startseite aktuelles presse
  karriere jobs geschichte werte vision ziele standorte büro büros kernteam allianz beratung planung
  nossa nosso equipe sobre nós contato notícias carreiras serviços empresa missão visão valores
  nasz nasza zespół o nas kontakt aktualności kariera usługi firma misja wizja wartości najnowsze polecamy
  notre équipe nous à propos actualités carrières nuestro equipo nosotros noticias empleo
  over ons qui sommes quienes somos officers unternehmen om oss
  persons statutes bylaws ethics policies documents letters governance corporate
  street road avenue suite floor building campus hall room`
    .split(/\s+/)
    .filter(Boolean),
);

/** Whether a label is made only of the words that head pages and menus ("Our Team", "Über uns"). */
export function isGenericLabel(text: string): boolean {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.every((word) => notNameWords.has(word));
}

export interface ParsedName {
  name: string;
  credentials?: string;
}

/**
 * The person's name in a line such as "Dr. Phil Marshall, MBA", or undefined when the line does not
 * look like a person's name.
 */
const startsWithCapital = /^[^\p{L}]{0,4}\p{Lu}/u;

export function parseName(line: string): ParsedName | undefined {
  if (line.length < 4 || line.length > 90 || !startsWithCapital.test(line)) return undefined;
  // Decoration before a name ("[> Jens Weber", "– Ada Okafor") is not part of it.
  const [head = '', ...rest] = line.replace(/^[^\p{L}]+/u, '').split(/\s*,\s*/);
  const trailing = rest.filter(Boolean);
  if (trailing.length > 0 && !trailing.every((part) => part.split(/\s+/).every((piece) => credential.test(piece)))) {
    return undefined;
  }
  const name = head
    .replace(honorifics, '')
    .replace(/[\s*†‡]+$/, '')
    .trim();
  if (!looksLikeName(name)) return undefined;
  return trailing.length > 0 ? { name, credentials: trailing.join(', ') } : { name };
}

const startsCapitalised = /^\p{Lu}/u;

// Chinese, Japanese and Korean names: two to five characters, or family and given name apart.
const cjk = String.raw`[\p{Script=Han}\p{Script=Hangul}々]`;
const cjkName = new RegExp(
  String.raw`^${cjk}{2,5}$|^${cjk}{1,3}[\s・·]${cjk}{1,3}$|^[\p{Script=Katakana}ー]{2,12}[・·=＝][\p{Script=Katakana}ー]{2,12}$`,
  'u',
);
// Arabic and Hebrew names: two to four words of letters (and marks, and the geresh of Hebrew).
const rtlWord = String.raw`[\p{Script=Arabic}\p{Script=Hebrew}][\p{Script=Arabic}\p{Script=Hebrew}\p{M}'’׳]{1,14}`;
const rtlName = new RegExp(String.raw`^${rtlWord}(?:\s${rtlWord}){1,3}$`, 'u');

/**
 * A name in a script without capital letters (山田 太郎, 李明, محمد علي, דוד כהן). Case cannot tell it
 * from any other short line, so it is only a candidate: a card makes it a person by a title under it.
 */
export function looksLikeUncasedName(text: string): boolean {
  if (text.length < 2 || text.length > 60) return false;
  return (cjkName.test(text) || rtlName.test(text)) && !hasTitleWord(text);
}

export function looksLikeName(name: string): boolean {
  if (name.length < 4 || name.length > 60 || !startsCapitalised.test(name)) return false;
  if (/[\d@#/:;|!?()[\]{}<>=+_&]/.test(name)) return false;
  const tokens = name.split(/\s+/);
  if (tokens.length < 2 || tokens.length > 5) return false;
  // A long word closed by a full stop ends a sentence, not an abbreviation: "Zwei Unternehmen. Eine Familie."
  if (tokens.some((token) => /^\p{L}{5,}\.$/u.test(token))) return false;
  let capitalised = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as string;
    const lower = token.toLowerCase();
    if (notNameWords.has(lower.replace(/[.’']+$/, ''))) return false;
    if (particles.has(token) && index > 0 && index < tokens.length - 1) continue;
    // An initial: "E." (not last: a surname is a word).
    if (/^\p{Lu}\.$/u.test(token)) {
      if (index === tokens.length - 1) return false;
      continue;
    }
    // A capitalised word, possibly with inner capitals, apostrophes or a hyphen: DeMunbrun, O'Neil, Müller-Lüdenscheidt.
    if (!/^\p{Lu}[\p{Ll}\p{Lu}'’-]*\p{Ll}[\p{Ll}\p{Lu}'’-]*$/u.test(token) && !/^\p{Lu}\p{Ll}+\.$/u.test(token)) {
      return false;
    }
    capitalised++;
  }
  if (capitalised < 2) return false;
  return !hasTitleWord(name);
}
