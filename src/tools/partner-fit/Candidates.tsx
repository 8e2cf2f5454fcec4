/**
 * The candidates being compared: a name field and a Remove button each, and Add. Before the
 * tool is live (and on paper without JavaScript), lines to write names on instead.
 */
import { format } from '../../i18n/dictionary';
import { TextField } from '../kit/form';
import type { Strings } from './i18n';
import { MAX_CANDIDATES, NAME_MAX } from './limits';
import { canAdd } from './edit';
import type { Candidate, PartnerFitState } from './schema';

/** Blank candidate columns on the printable worksheet. */
export const WRITE_IN = 3;

export function Candidates(props: {
  hydrated: boolean;
  state: PartnerFitState;
  t: Strings;
  label: (c: Candidate) => string;
  onRename: (id: string, name: string) => void;
  onAdd: () => void;
  onRemove: (c: Candidate) => void;
}) {
  const { state, t, label } = props;
  return (
    <section class="fit-candidates" aria-labelledby="fit-cand-title">
      <h2 id="fit-cand-title">{t['cand.title']}</h2>
      {props.hydrated ? (
        <>
          <p>{t['cand.lead']}</p>
          {state.candidates.length === 0 && <p>{t['cand.none']}</p>}
          <ol class="fit-cand-list">
            {state.candidates.map((c) => (
              <li key={c.id}>
                <TextField
                  id={`fit-name-${c.id}`}
                  label={format(t['cand.name'], { n: c.id.slice(1) })}
                  value={c.name}
                  maxLength={NAME_MAX}
                  autocomplete="off"
                  onInput={(name) => props.onRename(c.id, name)}
                  after={
                    <button
                      type="button"
                      class="fit-remove"
                      aria-label={format(t['cand.removeLabel'], { name: label(c) })}
                      onClick={() => props.onRemove(c)}
                    >
                      {t['cand.remove']}
                    </button>
                  }
                />
              </li>
            ))}
          </ol>
          {canAdd(state) ? (
            <button type="button" id="fit-add" class="button secondary" onClick={props.onAdd}>
              {t['cand.add']}
            </button>
          ) : (
            <p id="fit-add" tabIndex={-1}>
              {format(t['cand.full'], { max: MAX_CANDIDATES })}
            </p>
          )}
        </>
      ) : (
        <ol class="fit-write-names">
          {Array.from({ length: WRITE_IN }, (_, i) => (
            <li key={i}>
              <span class="fit-line" />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
