import { describe, expect, it } from 'vitest';
import { jsonSchemaOf } from '../../src/tools/kit/schema-json';
import { decodeShare, encodeShare } from '../../src/tools/kit/share';
import { withJsonSchema } from '../../src/tools/kit/spec';
import { choosePartner, removeCandidate } from '../../src/tools/partner-fit/edit';
import { examples, stateSchema } from '../../src/tools/partner-fit/schema';
import { partnerFit, partnerFitSpec } from '../../src/tools/partner-fit/tool';

const spec = partnerFitSpec(withJsonSchema(partnerFit, jsonSchemaOf(stateSchema)).schema);

describe('"Choose this partner"', () => {
  it('marks one candidate; choosing another moves the mark; choosing it again clears it', () => {
    const one = choosePartner(examples.filled, 'c1');
    expect(one.chosen).toBe('c1');
    expect(choosePartner(one, 'c3').chosen).toBe('c3');
    expect('chosen' in choosePartner(one, 'c1')).toBe(false);
    expect(choosePartner(one, 'nope')).toBe(one);
  });

  it('is cleared when the chosen candidate is removed, kept when another is', () => {
    const one = choosePartner(examples.filled, 'c1');
    expect('chosen' in removeCandidate(one, 'c1')).toBe(false);
    expect(removeCandidate(one, 'c2').chosen).toBe('c1');
  });

  it('keeps version 1: a worksheet saved or shared before the choice existed still opens', async () => {
    expect(partnerFit.version).toBe(1);
    // The old shape, exactly as version 1 wrote it: no `chosen` key.
    expect('chosen' in examples.filled).toBe(false);
    const link = await encodeShare(spec, examples.filled);
    expect(await decodeShare(`#${link}`, spec)).toEqual({ ok: true, value: examples.filled });
    // And the new shape round-trips with its choice.
    const chosen = choosePartner(examples.filled, 'c2');
    expect(await decodeShare(`#${await encodeShare(spec, chosen)}`, spec)).toEqual({ ok: true, value: chosen });
  });
});
