import { describe, expect, it } from 'vitest';
import { Material } from '../../catalog/item-content';
import { heldEntries } from './held-materials';

const identity = Material.parse({
  key: 'identity_proof',
  name: '身份证明有效证件',
  forms: ['copy'],
  required: true,
  certificateTypes: ['id_card', 'household_register'],
});
const photo = Material.parse({ key: 'photo', name: '近期一寸彩照', forms: ['original'], required: true });
const marriage = Material.parse({
  key: 'marriage_certificate',
  name: '结婚证(已婚的)',
  forms: ['copy'],
  required: false,
  certificateTypes: ['marriage_certificate'],
});
const items = [identity, photo, marriage];

describe('what the platform holds stands in for paper at the start of a case', () => {
  it('takes a certificate of the first accepted type held and the newest confirmed material given for the same key or name; a conditional material is left to the clerk', () => {
    const entries = heldEntries(
      items,
      [],
      [
        { id: 'register', type: 'household_register' },
        { id: 'card', type: 'id_card' },
        { id: 'wedding', type: 'marriage_certificate' },
      ],
      [
        { id: 'other', materialKey: 'residence_permit', name: '居住证' },
        { id: 'newest-photo', materialKey: null, name: '近期一寸彩照' },
        { id: 'older-photo', materialKey: 'photo', name: '一寸照片' },
      ],
    );
    expect(entries).toEqual([
      { key: 'identity_proof', state: 'reused_certificate', certificateId: 'card' },
      { key: 'photo', state: 'reused_material', materialId: 'newest-photo' },
    ]);
  });

  it('prefers a certificate to a scan, leaves what the clerk recorded alone, and asks for what nothing stands in for', () => {
    const scan = { id: 'scan', materialKey: 'identity_proof', name: '身份证复印件' };
    expect(heldEntries(items, [], [{ id: 'card', type: 'id_card' }], [scan])).toEqual([
      { key: 'identity_proof', state: 'reused_certificate', certificateId: 'card' },
    ]);
    expect(heldEntries(items, [], [], [scan])).toEqual([
      { key: 'identity_proof', state: 'reused_material', materialId: 'scan' },
    ]);
    expect(
      heldEntries(
        items,
        [{ key: 'identity_proof', state: 'provided' }],
        [{ id: 'card', type: 'id_card' }],
        [],
      ),
    ).toEqual([]);
    expect(heldEntries(items, [], [{ id: 'passport', type: 'residence_permit' }], [])).toEqual([]);
  });
});
