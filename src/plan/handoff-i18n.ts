/**
 * The hand-off notice's words in both languages (Indonesian per KBBI and EYD V). `{placeholders}`
 * are filled with `format`. A tool page hands its island the dictionary of its own language only.
 */
const id = {
  label: 'Dari rencana Anda',
  both: 'Isi nama usaha Anda ({own}) dan nama mitra ({partner}) dari rencana Anda?',
  partner: 'Isi nama mitra dari rencana Anda: {partner}?',
  own: 'Isi nama usaha Anda dari rencana Anda: {own}?',
  askOwn: 'Nama usaha Anda (boleh dikosongkan)',
  askOwnHint: 'Disimpan di perangkat ini saja, agar alat lain dapat mengisinya juga.',
  fill: 'Isi',
  decline: 'Tidak',
  filled: 'Nama dari rencana Anda sudah diisi.',
};

type HandoffKey = keyof typeof id;

const en: Record<HandoffKey, string> = {
  label: 'From your plan',
  both: 'Fill in your business name ({own}) and your partner’s name ({partner}) from your plan?',
  partner: 'Fill in your partner’s name from your plan: {partner}?',
  own: 'Fill in your business name from your plan: {own}?',
  askOwn: 'Your business name (optional)',
  askOwnHint: 'Kept on this device only, so that the other tools can fill it in too.',
  fill: 'Fill in',
  decline: 'No, thanks',
  filled: 'The names from your plan are filled in.',
};

const dictionaries: Record<'id' | 'en', Record<HandoffKey, string>> = { id, en };
export default dictionaries;
export type HandoffStrings = Record<HandoffKey, string>;
