import type {
  AnyWindowScope,
  CertificateType,
  HandlingKind,
  LifeTheme,
  MaterialForm,
  ResultType,
} from '../../../../src/shared/catalog-terms';

/** One line of GET /api/catalog/items. */
export interface SearchHit {
  itemId: string;
  name: string;
  handlingKind: HandlingKind;
  promisedLimitDays: number;
  visits: number;
  onlineDepth: number;
  serviceCategory: string;
  departmentName: string;
}

/** What the resident searches by; kept in the address so Back restores it. */
export interface SearchFilter {
  q: string;
  theme: LifeTheme | null;
  online: boolean;
  zeroVisit: boolean;
}

export interface GuideMaterial {
  key: string;
  name: string;
  forms: MaterialForm[];
  originalCount: number;
  copyCount: number;
  required: boolean;
  acceptanceStandard: string;
  fillingNotes: string;
  certificateTypes: CertificateType[];
}

/** The public part of an item version's content: what the guide (办事指南) shows. */
export interface GuideContent {
  name: string;
  legalBasis: string;
  legalLimitDays: number | null;
  legalLimitNote: string;
  promisedLimitDays: number;
  promisedLimitNote: string;
  handlingKind: HandlingKind;
  acceptanceConditions: string;
  feeCharged: boolean;
  feeBasis: string;
  visits: number;
  handlingAddress: string;
  handlingHours: string;
  enquiryChannel: string;
  complaintChannel: string;
  onlineDepth: number;
  anyWindowScope: AnyWindowScope | null;
  courierDelivery: boolean;
  appointment: boolean;
  resultType: ResultType;
  resultName: string;
  guideSteps: string[];
  materials: GuideMaterial[];
  formFields: FormField[];
}

/** A field of the item's application form; one with a profileSource is filled in by the platform. */
export interface FormField {
  key: string;
  label: string;
  type: string;
  required: boolean;
  options: string[];
  maxLength: number | null;
  profileSource: string | null;
  hint: string;
}

/** GET /api/catalog/items/:id: the published version. */
export interface PublishedItem {
  itemId: string;
  version: number;
  implementationCode: string;
  departmentName: string;
  publishedAt: string | null;
  content: GuideContent;
}

/** One line of GET /api/catalog/bundles: a 一件事 that packs several items into one application. */
export interface BundleSummary {
  bundleId: string;
  name: string;
  description: string;
  leadDepartmentName: string;
  itemNames: string[];
}

/** A form field of the bundle's one merged form, with the items that ask for it. */
export interface BundleField extends FormField {
  itemIds: string[];
}

/** GET /api/catalog/bundles/:id: the items and what applying for them together asks. */
export interface BundleDetail {
  bundleId: string;
  name: string;
  description: string;
  leadDepartmentName: string;
  items: {
    itemId: string;
    name: string;
    departmentName: string;
    promisedLimitDays: number;
    onlineDepth: number;
  }[];
  /** The items the merged form and list are for (选办); all of them unless chosen. */
  chosenItemIds: string[];
  merged: {
    formFields: BundleField[];
    materials: (GuideMaterial & { itemIds: string[] })[];
    promisedLimitDays: number;
    visits: number;
    onlineDepth: number;
    courierDelivery: boolean;
    fieldsSaved: number;
    materialsSaved: number;
  };
}
