import { describe, expect, it } from 'vitest';
import { preciseCustomer } from '../../../shared/icp/precise-customer';

describe('preciseCustomer', () => {
  it('is precise with a real need, the key person and the ability to pay', () => {
    // playbook §6: a precise customer has all three
    expect(preciseCustomer({ need: true, keyPerson: true, abilityToPay: true })).toEqual({
      precise: true,
      missing: [],
    });
  });

  it('lists the missing marks in playbook order, unknown counting as missing', () => {
    expect(preciseCustomer({ need: true, keyPerson: false, abilityToPay: true })).toEqual({
      precise: false,
      missing: ['keyPerson'],
    });
    expect(preciseCustomer({ keyPerson: true })).toEqual({
      precise: false,
      missing: ['need', 'abilityToPay'],
    });
  });
});
