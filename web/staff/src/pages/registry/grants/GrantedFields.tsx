import { Flex, Tag } from 'antd';
import type { SubjectKind } from '../../../../../../src/shared/registry-fields';
import { useRegistryFieldLabel } from '../../../../../common/registryLabels';

/** The fields a grant covers, as tags with their names, in the registry's order. */
export function GrantedFields({ kind, fields }: { kind: SubjectKind; fields: string[] }) {
  const label = useRegistryFieldLabel();
  return (
    <Flex wrap gap={4}>
      {fields.map((field) => (
        <Tag key={field} className="grant-field-tag">
          {label(kind, field)}
        </Tag>
      ))}
    </Flex>
  );
}
