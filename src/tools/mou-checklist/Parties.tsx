/**
 * Who makes the agreement and when: a block per party (name; then address, NIB or NIK, who
 * signs and in which position, folded away) with the sentence the outline will open with, and
 * the date. On paper the sentences and the date print as text, not as input boxes, and the page
 * ends with the signature block as the outline has it (`Signatures`).
 */
import { useId } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import { Disclosure } from '../kit/disclosure';
import { TextField } from '../kit/form';
import { limits } from './limits';
import { stampCaption } from './document';
import type { MouState, Party } from './schema';
import { dateText, type Strings } from './summary';
import { partyParts, signatureLines, type WordingPart, type WordingWords } from './wording';

/** A filled wording on screen: blanks stand out (and print as blanks to fill). */
export function Wording({ parts }: { parts: readonly WordingPart[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.blank ? (
          <span class="mou-blank" key={i}>
            {p.text}
          </span>
        ) : (
          p.text
        ),
      )}
    </>
  );
}

interface Props {
  state: MouState;
  t: Strings;
  lang: Locale;
  words: WordingWords;
  disabled: boolean;
  onParty: (party: 'first' | 'second', field: keyof Party, value: string) => void;
  onDate: (date: string) => void;
}

export function Parties({ state, t, lang, words, disabled, onParty, onDate }: Props) {
  const uid = useId();
  return (
    <section class="mou-section mou-parties" aria-labelledby={`${uid}-parties`}>
      <h2 id={`${uid}-parties`}>{t['parties.legend']}</h2>
      <div class="mou-parties-grid">
        <PartyFields which="first" {...{ state, t, words, disabled, onParty }} />
        <PartyFields which="second" {...{ state, t, words, disabled, onParty }} />
        <TextField
          id={`${uid}-date`}
          class="mou-date"
          type="date"
          label={t['parties.date']}
          hint={t['parties.dateHint']}
          value={state.date}
          disabled={disabled}
          onInput={onDate}
          after={<p class="print-only mou-print-date">{dateText(state, lang) ?? ''}</p>}
        />
      </div>
    </section>
  );
}

function PartyFields(props: Omit<Props, 'lang' | 'onDate'> & { which: 'first' | 'second' }) {
  const { which, state, t, words, disabled, onParty } = props;
  const uid = useId();
  const party = state.parties[which];
  const label = t[which === 'first' ? 'parties.first' : 'parties.second'];
  const detailsGiven =
    party.address !== '' || party.registration !== '' || party.signer !== '' || party.capacity !== '';
  const field = (key: Exclude<keyof Party, 'name'>, max: number, hint?: string) => (
    <TextField
      id={`${uid}-${key}`}
      label={t[`parties.${key}`]}
      hint={hint}
      value={party[key]}
      maxLength={max}
      rows={key === 'address' ? 2 : undefined}
      disabled={disabled}
      onInput={(value) => onParty(which, key, value)}
    />
  );
  return (
    <div class="mou-party" data-party={which}>
      <TextField
        id={`${uid}-name`}
        label={label}
        hint={t['parties.hint']}
        value={party.name}
        maxLength={limits.party}
        autocomplete={which === 'first' ? 'organization' : 'off'}
        disabled={disabled}
        onInput={(name) => onParty(which, 'name', name)}
      />
      <Disclosure
        class="mou-party-more"
        open={detailsGiven || undefined}
        summary={
          <>
            {t['parties.more']}
            <span class="visually-hidden">: {label}</span>
          </>
        }
      >
        {/* The group says whose address it is, so each label stays short. */}
        <fieldset class="mou-party-fields">
          <legend class="visually-hidden">{label}</legend>
          {field('address', limits.address)}
          {field('registration', limits.registration, t['parties.registrationHint'])}
          {field('signer', limits.party)}
          {field('capacity', limits.capacity, t['parties.capacityHint'])}
        </fieldset>
      </Disclosure>
      <p class="mou-party-preview">
        <span class="mou-party-label">{t['parties.preview']}</span> <Wording parts={partyParts(party, which, words)} />
      </p>
    </div>
  );
}

/**
 * On paper only: the signature block as the Word outline has it, per party its label and name,
 * room for the meterai and the signature, then the signer's name and position as typed (or one
 * blank, "[nama dan jabatan]").
 */
export function Signatures({ state, t, words }: { state: MouState; t: Strings; words: WordingWords }) {
  return (
    <section class="print-only mou-sign keep">
      <h2>{t['md.signatures']}</h2>
      <div class="mou-sign-grid">
        {(['first', 'second'] as const).map((which) => {
          const name = state.parties[which].name.replace(/\s+/g, ' ').trim();
          return (
            <div class="mou-sign-party" key={which} data-sign={which}>
              <p class="mou-sign-label">{t[which === 'first' ? 'doc.firstPartyLabel' : 'doc.secondPartyLabel']}</p>
              <p>
                <Wording parts={[name ? { text: name, blank: false } : { text: words.partyBlank.name, blank: true }]} />
              </p>
              <p class="mou-sign-stamp">{t[stampCaption(state.answers)]}</p>
              {signatureLines(state.parties[which], words).map((line, i) => (
                <p key={i} class={i === 0 ? 'mou-sign-line' : undefined}>
                  <Wording parts={[line]} />
                </p>
              ))}
            </div>
          );
        })}
      </div>
    </section>
  );
}
