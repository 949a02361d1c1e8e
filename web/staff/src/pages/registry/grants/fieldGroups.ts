import {
  grantableFields,
  type RegistryField,
  type SubjectKind,
} from '../../../../../../src/shared/registry-fields';

export interface FieldGroup {
  key: string;
  label: readonly [string, string];
  fields: RegistryField[];
}

/** How the grant dialog groups fields, so an administrator grants by what the data is about. */
const GROUPS: Record<SubjectKind, { key: string; label: readonly [string, string]; keys: string[] }[]> = {
  person: [
    {
      key: 'basic',
      label: ['基本信息', 'Basic details'],
      keys: ['name', 'sex', 'birthDate', 'ethnicity', 'phone'],
    },
    {
      key: 'household',
      label: ['户籍与居住', 'Household and residence'],
      keys: [
        'householdAddress',
        'householdRegionCode',
        'householdRelation',
        'residenceAddress',
        'residenceRegionCode',
      ],
    },
    {
      key: 'circumstances',
      label: ['婚姻、就业与帮扶', 'Family, work and support'],
      keys: ['maritalStatus', 'education', 'employmentStatus', 'specialGroups'],
    },
  ],
  enterprise: [
    {
      key: 'registration',
      label: ['登记信息', 'Registration'],
      keys: ['name', 'enterpriseType', 'legalRepresentative', 'status', 'establishedOn', 'businessScope'],
    },
    {
      key: 'contact',
      label: ['住所与联系', 'Address and contact'],
      keys: ['address', 'regionCode', 'phone'],
    },
  ],
};

/** The grantable fields of `kind` in groups; a field the groups do not name lands in 其他. */
export function fieldGroupsOf(kind: SubjectKind): FieldGroup[] {
  const fields = grantableFields(kind);
  const groups = GROUPS[kind].map(({ key, label, keys }) => ({
    key,
    label,
    fields: fields.filter((field) => keys.includes(field.key)),
  }));
  const grouped = new Set(groups.flatMap((group) => group.fields.map((field) => field.key)));
  const rest = fields.filter((field) => !grouped.has(field.key));
  return rest.length > 0 ? [...groups, { key: 'other', label: ['其他', 'Other'], fields: rest }] : groups;
}
