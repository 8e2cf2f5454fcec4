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
