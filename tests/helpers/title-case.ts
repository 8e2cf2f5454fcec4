/**
 * EYD V: in titles and headings every word starts with a capital letter, except function words
 * (di, ke, dari, dan, yang, untuk, …) that are not the first word. Reduplicated words capitalise
 * both parts ("Sama-Sama"). Returns the words that break the rule.
 */
const functionWords = new Set([
  'di',
  'ke',
  'dari',
  'dan',
  'yang',
  'untuk',
  'atau',
  'dengan',
  'pada',
  'dalam',
  'oleh',
  'sebagai',
  'bagi',
  'tentang',
  'serta',
  'hingga',
  'demi',
  'agar',
  'per',
  'para',
  'si',
  'sang',
  'tetapi',
  'karena',
  'kepada',
  'daripada',
  'terhadap',
  'seperti',
  'adalah',
  'ialah',
  'secara',
  'sejak',
]);

export function titleCaseSlips(title: string): string[] {
  const words = title.split(/\s+/).filter(Boolean);
  const slips: string[] = [];
  words.forEach((raw, i) => {
    const word = raw.replace(/^[*“"(]+|[*”"),.:;?!]+$/g, '');
    if (!/^\p{L}/u.test(word)) return;
    const afterColon = i > 0 && words[i - 1]!.endsWith(':');
    const isFunction = functionWords.has(word.toLowerCase());
    if (i > 0 && !afterColon && isFunction) {
      if (word !== word.toLowerCase()) slips.push(raw);
    } else if (word.split('-').some((part) => part && !part.startsWith(part.charAt(0).toUpperCase()))) {
      slips.push(raw);
    }
  });
  return slips;
}

/**
 * Names that keep their capital in an English sentence-case heading. Acronyms and names with a
 * capital inside (SMART, KPI, MoU, WhatsApp, KPIs, PSrE) keep theirs without being listed.
 */
const englishNames = new Set([
  'Mitra',
  'Indonesia',
  'Indonesian',
  'English',
  'Rp',
  'Word',
  'Google',
  'Drive',
  'Meet',
  'Trello',
  'Asana',
  'Slack',
  'Zoom',
  'Dropbox',
  'Ramadan',
  'Bandung',
  'Surabaya',
  'Rina',
  'Dimas',
  'Bayu',
  'Laras',
  'Nadia',
  'Ayu',
  'Fajar',
  'Putri',
  'Bima',
  'I',
]);

/**
 * English headings are in sentence case: the first word (and, optionally, the first after a
 * colon) starts with a capital; every other word is lower case unless it is a name or an
 * acronym. Returns the words that break the rule.
 * @example sentenceCaseSlips('Find The right partner') // => ['The']
 */
export function sentenceCaseSlips(title: string): string[] {
  const words = title.split(/\s+/).filter(Boolean);
  const slips: string[] = [];
  words.forEach((raw, i) => {
    const word = raw.replace(/^[*“"‘(]+|[*”"’),.:;?!]+$/g, '');
    if (!/^\p{L}/u.test(word)) return;
    const afterColon = i > 0 && /[:]$/.test(words[i - 1]!);
    const first = word.charAt(0);
    const capital = first !== first.toLowerCase();
    if (i === 0) {
      if (!capital) slips.push(raw);
      return;
    }
    if (!capital || afterColon) return;
    const parts = word.split(/[-’']/);
    const isNameOrAcronym = parts.every(
      (part) =>
        englishNames.has(part) || /^\p{Lu}[\p{L}\d]*\p{Lu}/u.test(part) || /^\p{Lu}\d/u.test(part) || part === '',
    );
    if (!isNameOrAcronym && !englishNames.has(word)) slips.push(raw);
  });
  return slips;
}
