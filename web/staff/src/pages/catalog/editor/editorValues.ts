import type { Role } from '../../../../../../src/shared/roles';
import type { ItemContent } from '../types';

type Material = ItemContent['materials'][number];
type FormField = ItemContent['formFields'][number];
type Step = ItemContent['workflow'][number];
type Actor = NonNullable<Step['actor']>;

/** A step's 办理人 while being edited: any of the three kinds, partly filled. */
export interface FormActor {
  kind?: Actor['kind'];
  role?: Role;
  departmentId?: string | null;
  userId?: string;
}

/** What the editor form holds: the item content with every field possibly still empty. */
export type EditorValues = Partial<
  Omit<ItemContent, 'materials' | 'formFields' | 'workflow'> & {
    materials: Partial<Material>[];
    formFields: Partial<FormField>[];
    workflow: (Partial<Omit<Step, 'actor'>> & { actor?: FormActor })[];
  }
>;

/** A new item's starting point: the usual choices, so a clerk fills in only what differs. */
export function newItemValues(departmentId: string | undefined): EditorValues {
  return {
    aliases: [],
    keywords: [],
    level: 4,
    departmentId,
    legalLimitDays: null,
    handlingKind: 'promised',
    serviceObjects: ['natural_person'],
    feeCharged: false,
    visits: 1,
    onlineDepth: 2,
    anyWindowScope: null,
    courierDelivery: false,
    appointment: false,
    resultType: 'letter',
    reverseAnalysis: 'achievable_now',
    themes: [],
    jointDepartmentIds: [],
    intermediaryServices: [],
    guideSteps: ['申请', '受理', '审查', '决定', '送达'],
    materials: [],
    formFields: [],
    workflow: [],
  };
}

const orNull = <T>(value: T | undefined | null | ''): T | null =>
  value === undefined || value === '' ? null : value;

function actorOf(actor: FormActor | undefined): Actor | null {
  switch (actor?.kind) {
    case 'role':
      return { kind: 'role', role: actor.role as Role, departmentId: orNull(actor.departmentId) };
    case 'chief_rep':
      return { kind: 'chief_rep', departmentId: actor.departmentId ?? '' };
    case 'fixed_person':
      return { kind: 'fixed_person', userId: actor.userId ?? '' };
    default:
      return null;
  }
}

/** The request body for the form's values: empty optionals become null or are left for the server's defaults. */
export function toContent(values: EditorValues): ItemContent {
  return {
    ...values,
    legalLimitDays: orNull(values.legalLimitDays),
    anyWindowScope: orNull(values.anyWindowScope),
    guideSteps: (values.guideSteps ?? []).map((step) => step?.trim()).filter(Boolean),
    materials: (values.materials ?? []).map((material) => ({
      ...material,
      required: material.required ?? false,
      blankFormFile: orNull(material.blankFormFile?.trim()),
      sampleFile: orNull(material.sampleFile?.trim()),
    })),
    formFields: (values.formFields ?? []).map((field) => ({
      ...field,
      required: field.required ?? false,
      options: field.type === 'select' ? (field.options ?? []) : [],
      maxLength: orNull(field.maxLength),
      profileSource: orNull(field.profileSource),
    })),
    workflow: (values.workflow ?? []).map((step) => ({
      ...step,
      actor: actorOf(step.actor),
      parallelGroup: orNull(step.parallelGroup),
      copyLeaders: step.copyLeaders ?? false,
    })),
  } as ItemContent;
}

/** The form's values for a stored version: a missing 办理人 is an empty picker. */
export function toEditorValues(content: ItemContent): EditorValues {
  return {
    ...content,
    workflow: content.workflow.map((step) => ({ ...step, actor: step.actor ?? undefined })),
  };
}

/** The form's name path of a server problem; a step's actor problem sits on its 办理人 picker. */
export function formNameOf(path: string): (string | number)[] {
  const parts = path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  return parts[0] === 'workflow' && parts[2] === 'actor' && parts.length === 3 ? [...parts, 'kind'] : parts;
}
