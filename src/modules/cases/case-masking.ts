import { maskCitizenId } from '../../shared/citizen-id';
import { maskName, maskPhone } from '../../shared/phone';
import type { FormField } from '../catalog/item-content';
import { maskedAddress } from './rules/delivery';
import type { CaseDetail } from './views';

/**
 * The case as those who supervise it and do not act on it see it: the
 * applicant's and agent's ID numbers, phones, names and addresses masked,
 * in the record and in the form alike; the rest (item, steps, deadlines,
 * materials' names, history) as it is.
 */

/** The first six characters (the city and district, as addresses begin), then stars. */
export const maskAddress = (value: string) => (value ? `${[...value].slice(0, 6).join('')}****` : value);

const MASKS: Partial<Record<string, (value: string) => string>> = {
  id_number: maskCitizenId,
  credit_code: maskCitizenId,
  phone: maskPhone,
  address: maskAddress,
  name: maskName,
  household_address: maskAddress,
  residence_address: maskAddress,
  legal_representative: maskName,
};

/** How a form field's value is masked: by what it pre-fills from, else by its type; null when it is not personal. */
function maskOf(field: FormField): ((value: string) => string) | null {
  return (field.profileSource && MASKS[field.profileSource]) || MASKS[field.type] || null;
}

function maskedForm(data: Record<string, string>, fields: readonly FormField[]): Record<string, string> {
  const masked = { ...data };
  for (const field of fields) {
    const mask = maskOf(field);
    const value = masked[field.key];
    if (mask && value) masked[field.key] = mask(value);
  }
  return masked;
}

export function maskedCaseDetail(detail: CaseDetail): CaseDetail {
  const { applicant, agent, delivery } = detail;
  const person = applicant.kind === 'person';
  return {
    ...detail,
    personalData: 'masked',
    applicant: {
      ...applicant,
      number: person ? maskCitizenId(applicant.number) : applicant.number,
      name: person ? maskName(applicant.name) : applicant.name,
      phone: maskPhone(applicant.phone),
    },
    agent: agent && {
      ...agent,
      name: maskName(agent.name),
      number: agent.number && maskCitizenId(agent.number),
    },
    formData: maskedForm(detail.formData, detail.formFields),
    delivery: {
      ...delivery,
      recipient: delivery.recipient && {
        ...delivery.recipient,
        name: maskName(delivery.recipient.name),
        phone: maskPhone(delivery.recipient.phone),
        address: maskedAddress(delivery.recipient.regionName),
      },
      receivedBy: delivery.receivedBy && maskName(delivery.receivedBy),
    },
  };
}
