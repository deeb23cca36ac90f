import { describe, expect, it } from 'vitest';
import { objectionType } from '../../../shared/analysis/objection-type';

describe('objectionType', () => {
  it('classifies English loss reasons', () => {
    expect(objectionType('Price too high')).toBe('price');
    expect(objectionType('Budget cut')).toBe('price');
    expect(objectionType('Revisit next year')).toBe('timing');
    expect(objectionType('Never reached the decision maker')).toBe('authority');
    expect(objectionType('Stayed with current vendor')).toBe('statusQuo');
  });

  it('classifies Chinese loss reasons', () => {
    expect(objectionType('价格太高')).toBe('price');
    expect(objectionType('预算不足')).toBe('price');
    expect(objectionType('时机不对')).toBe('timing');
    expect(objectionType('审批没通过')).toBe('authority');
    expect(objectionType('维持现状')).toBe('statusQuo');
  });

  it('reads "no decision maker" as authority but "no decision" as status quo', () => {
    expect(objectionType('No decision maker involved')).toBe('authority');
    expect(objectionType('No decision made')).toBe('statusQuo');
  });

  it('ignores case and returns null when nothing matches', () => {
    expect(objectionType('PRICING')).toBe('price');
    expect(objectionType('Lost to competitor features')).toBeNull();
  });
});
