/**
 * Job titles in the languages Dossier's users meet most: English, German, Portuguese, Polish, French,
 * Spanish, Dutch and Italian. A word list cannot know every title ("Drupalspezialistin"), so it is one
 * signal among others: on a page of repeated cards, the line under a name is a title without it.
 */
const titleWordSet = new Set(
  `chief officer president vice vp svp evp avp director directors manager head lead founder co-founder
  cofounder partner chair chairman chairwoman chairperson board trustee secretary treasurer counsel
  ceo cfo coo cto cio cmo cpo chro ciso cso cro cdo provost dean chancellor principal engineer
  developer architect consultant consulting specialist coordinator advisor adviser analyst scientist
  professor lecturer researcher editor spokesperson spokesman spokeswoman executive administrator
  superintendent owner associate assistant representative controller comptroller fellow strategist
  designer recruiter programmer sysadmin expert producer supervisor commissioner governor mayor
  minister ambassador attorney lawyer physician nurse general member intern investor entrepreneur
  evangelist technologist steward devops devsecops sysops webmaster chef cheffe
  geschäftsführer geschäftsführerin geschäftsführung vorstand vorständin vorstandsvorsitzender
  vorsitzender vorsitzende leiter leiterin leitung gründer gründerin mitgründer mitgründerin inhaber
  inhaberin prokurist prokuristin berater beraterin referent referentin
  mitarbeiter mitarbeiterin wissenschaftlicher wissenschaftliche professorin assistent assistentin
  sprecher sprecherin architekt programmierer programmiererin experte expertin
  aufsichtsrat aufsichtsratsvorsitzender bürgermeister bürgermeisterin ministerin senator senatorin
  direktor präsident präsidentin kaufmann kauffrau ingenieur ingenieurin
  diretor diretora presidente gerente fundador fundadora sócio sócia coordenador coordenadora
  conselheiro conselheira chefe analista engenheiro engenheira desenvolvedor desenvolvedora consultor
  consultora superintendente administrador administradora
  prezes wiceprezes dyrektor dyrektorka kierownik kierowniczka członek członkini zarządu rzecznik
  rzeczniczka menedżer menedżerka założyciel założycielka współzałożyciel przewodniczący
  przewodnicząca specjalista specjalistka redaktor redaktorka prezeska dyrektora prezesa rzecznikiem
  dyrektorem prezesem członkiem
  abogado abogada avocat avocate advocaat notario doctor
  directeur directrice président présidente fondateur fondatrice responsable gérant directora jefe
  jefa consejero consejera socio socia directeur-général bestuurder oprichter voorzitter ontwikkelaar
  adviseur eigenaar medewerker
  direttore direttrice amministratore fondatore responsabile porte-parole portavoz woordvoerder maire`.split(/\s+/),
);
// Chinese and Japanese write titles without spaces, Korean compounds them, Arabic and Hebrew join
// articles and conjunctions to them (المدير, והמנהל): these are found anywhere in the text.
const uncasedScript = /[\u0590-\u06ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;
const inlineTitleWords =
  /董事|总裁|總裁|经理|經理|总监|總監|首席|主席|主任|执行官|執行官|创始人|創始人|合伙人|合夥人|工程师|工程師|设计师|設計師|社長|取締役|部長|会長|執行役員|役員|室長|課長|代表|理事|監査役|局長|所長|院長|教授|エンジニア|デザイナー|マネージャー|ディレクター|대표|이사|사장|회장|전무|상무|부장|팀장|본부장|책임자|교수|مدير|رئيس|نائب|مؤسس|شريك|أستاذ|مهندس|מנכ["״]ל|סמנכ["״]ל|מנהל|יו["״]ר|נשיא|מייסד|שותף|דירקטור|ראש|פרופסור|מהנדס/u;
const titleAbbreviations = /\b(?:C[A-Z]{1,2}O|[SEA]?VP|MD|GM|SVP|EVP)\b/;

/** Whether a line names a job: "Chief Financial Officer", "Geschäftsführerin", "Dyrektor ds. sprzedaży". */
export function hasTitleWord(text: string): boolean {
  if (titleAbbreviations.test(text)) return true;
  if (uncasedScript.test(text) && inlineTitleWords.test(text)) return true;
  for (const word of text.toLowerCase().split(/[^\p{L}-]+/u)) {
    if (titleWordSet.has(word)) return true;
    // German compounds end in a title word: Kommunikationsarchitekt, Produktmanagerin, Vertriebsleiter,
    // Bauführer, Pressesprecherin, Bezirksbürgermeister, Finanzvorstand.
    if (
      word.length >= 9 &&
      /(?:architekt|leiter|manager|entwickler|berater|spezialist|experte|designer|direktor|führer|ingenieur|techniker|planer|referent|sprecher|meister|vorstand|minister|präsident|leider|ontwikkelaar)(?:in)?$/.test(
        word,
      )
    ) {
      return true;
    }
  }
  return false;
}

/** Lines that sit under names on team pages but say nothing about the person. */
const furniture =
  /^(?:view|read|see|show|more|full|open|close|download|contact|connect|follow|share|visit|send|call|message|email|e-mail|phone|tel\.?|fax|linkedin|twitter|x|facebook|instagram|xing|website|web|bio|biography|profile|details|learn more|mehr|weiterlesen|mehr erfahren|saiba mais|leia mais|więcej|czytaj więcej|en savoir plus|ver más|leer más)\b/i;

/** Whether a short line under a name could be that person's title. */
export function isTitleLike(text: string): boolean {
  if (text.length < 2 || text.length > 160) return false;
  // A button's word may open a title too ("Open Source Engineer"): the title word tells them apart.
  if ((furniture.test(text) && !hasTitleWord(text)) || /\b(?:linkedin|twitter|facebook|instagram|xing)\b/i.test(text)) {
    return false;
  }
  if (/@|https?:|www\.|^\+?[\d\s().-]{7,}$/.test(text)) return false;
  // A date range ("June 2014 – Present (2 years)") dates a position; it is not a title.
  if (/\b(?:19|20)\d{2}\b/.test(text) && /[–—-]|\bpresent\b|\bheute\b|\bobecnie\b/i.test(text)) return false;
  const count = text.split(/\s+/).length;
  if (count > 18) return false;
  // A sentence is a bio, not a title.
  if (count > 8 && /[.!?]$/.test(text) && !/\b(?:Sr|Jr|Inc|Ltd|Co|St)\.$/.test(text)) return false;
  return /\p{L}/u.test(text);
}
