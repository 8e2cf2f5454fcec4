/**
 * What the written document (the .docx outline, the print view, the summary) shows for the
 * reader's answers, pure: which number a party gave, whether the outline is bilingual, what the
 * stamp box asks for. No DOM, no Preact; the words themselves are in the dictionaries.
 */
import type { Locale } from '../../i18n/locales';
import type { Answers, MouState } from './schema';

/**
 * Which number the reader gave for a party: a NIB (Nomor Induk Berusaha, 13 digits, for a
 * business registered through OSS) or a NIK (Nomor Induk Kependudukan, 16 digits, for a person);
 * 'unknown' for anything else, so the outline names it "NIB/NIK" and the reader checks it.
 * @example registrationKind('9120 0012 3456 7') // => 'nib'
 */
export function registrationKind(value: string): 'nib' | 'nik' | 'unknown' {
  const digits = value.replace(/[\s.-]/g, '');
  if (/^\d{13}$/.test(digits)) return 'nib';
  if (/^\d{16}$/.test(digits)) return 'nik';
  return 'unknown';
}

/**
 * Whether the .docx outline sets Indonesian and English side by side. The Indonesian text is
 * always there: an MoU with an Indonesian party must be in Indonesian (UU No. 24 Tahun 2009,
 * Pasal 31 ayat (1)). The English goes beside it with a foreign party (ayat (2): in its
 * language and/or English), for a reader on the English page (who needs to read what they sign),
 * and when the reader asked for it.
 * @example outlineIsBilingual({ ...state, answers: { ...state.answers, foreignParty: 'yes' } }, 'id') // => true
 */
export function outlineIsBilingual(state: MouState, pageLang: Locale): boolean {
  return state.answers.foreignParty === 'yes' || pageLang !== 'id' || state.englishColumn;
}

/**
 * The caption in each signature's stamp box: signed on paper, a paper stamp is affixed there;
 * signed electronically, the stamp duty is paid with an electronic stamp (e-meterai) on the
 * signed file, so the box says so instead of inviting a paper stamp.
 * @example stampCaption({ ...state.answers, signingOnline: 'yes' }) // => 'doc.eStamp'
 */
export function stampCaption(answers: Answers): 'doc.stamp' | 'doc.eStamp' {
  return answers.signingOnline === 'yes' ? 'doc.eStamp' : 'doc.stamp';
}
