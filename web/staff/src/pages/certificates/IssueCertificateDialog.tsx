import { DatePicker, Divider, Form, type FormInstance, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { checkHolderNumber, holderIdTypeOf } from '../../../../../src/shared/certificate-holder';
import { canManageCertificate } from '../../../../../src/shared/certificate-scope';
import { CERTIFICATE_TYPE_KEYS, CERTIFICATE_TYPE_SPECS } from '../../../../../src/shared/certificate-types';
import { defaultValidUntil } from '../../../../../src/shared/certificate-validity';
import { post } from '../../../../common/api';
import { useCertificateTerms } from '../../../../common/certificate-terms';
import { useT } from '../../../../common/locale';
import type { Department, Items } from '../../api/types';
import { useApi } from '../../api/useApi';
import { FormDialog } from '../../components/FormDialog';
import { useStaffUser } from '../../session/SessionProvider';
import { CertificateDataFields, type DataValue, dataForApi } from './CertificateDataFields';
import type { CertificateType, Issued } from './types';

const messages = {
  title: ['颁发证照', 'Issue a certificate'],
  submit: ['颁发', 'Issue'],
  issued: ['证照已颁发', 'Certificate issued'],
  type: ['证照类型', 'Certificate type'],
  typeRequired: ['请选择证照类型', 'Choose the type'],
  personName: ['持证人姓名', "Holder's name"],
  enterpriseName: ['持证单位名称', "Holder's name"],
  nameRequired: ['请填写持证主体名称', "Enter the holder's name"],
  issuer: ['发证机关', 'Issued by'],
  issuerRequired: ['请选择发证机关', 'Choose the issuing department'],
  noIssuer: ['您所在部门不签发电子证照', 'Your departments issue no certificates'],
  numberRequired: ['请填写{label}', 'Enter the {label}'],
  number: ['证照编号', 'Certificate number'],
  numberHint: ['选填；不填则使用证照标识中的流水号', 'Optional; the identifier serial is used if empty'],
  validFrom: ['有效期起始日期', 'Valid from'],
  validUntil: ['有效期截止日期', 'Valid until'],
  validUntilHint: [
    '已按证照类型填入默认值（居民身份证按年龄）；清空表示长期有效',
    'Filled with the type default (ID cards by age); clear it for no end date',
  ],
  longTerm: ['长期', 'No end date'],
  data: ['照面信息', 'Certificate data'],
} as const;

interface IssueValues {
  type?: CertificateType;
  holderName?: string;
  holderNumber?: string;
  issuerDepartmentId?: string;
  certificateNumber?: string;
  validFrom: Dayjs;
  validUntil: Dayjs | null;
  data?: Record<string, DataValue>;
}

/** The default end of validity for what the form holds now. */
function defaultUntil(values: IssueValues): Dayjs | null {
  if (!values.type || !values.validFrom) return null;
  const until = defaultValidUntil(
    values.type,
    values.validFrom.format('YYYY-MM-DD'),
    values.holderNumber ?? '',
  );
  return until ? dayjs(until) : null;
}

/** 颁发证照: the type first, then its holder, issuer, validity and data fields as one form. */
export function IssueCertificateDialog({
  open,
  onClose,
  onIssued,
}: {
  open: boolean;
  onClose: () => void;
  onIssued: (issued: Issued) => void;
}) {
  const t = useT(messages);
  const user = useStaffUser();
  const { data: departments } = useApi<Items<Department>>(open ? '/api/departments' : null);
  const issuersOf = (type: CertificateType) =>
    (departments?.items ?? []).filter(
      (department) =>
        department.active &&
        department.creditCode &&
        department.kind === CERTIFICATE_TYPE_SPECS[type].issuerKind &&
        canManageCertificate(user.grants, { departmentId: department.id, regionCode: department.regionCode }),
    );

  const submit = ({ validFrom, validUntil, data, ...values }: IssueValues) =>
    post<Issued>('/api/certificates', {
      ...values,
      certificateNumber: values.certificateNumber?.trim() || null,
      validFrom: validFrom.format('YYYY-MM-DD'),
      validUntil: validUntil ? validUntil.format('YYYY-MM-DD') : null,
      data: dataForApi(data),
    });

  return (
    <FormDialog<IssueValues, Issued>
      name="issue-certificate"
      open={open}
      width={600}
      title={t('title')}
      submitText={t('submit')}
      successText={t('issued')}
      initialValues={{ validFrom: dayjs(), validUntil: null }}
      onSubmit={submit}
      onClose={onClose}
      onSaved={onIssued}
      onValuesChange={(changed, form) => {
        if (changed.type) {
          const issuers = issuersOf(changed.type);
          form.setFieldsValue({
            issuerDepartmentId: issuers.length === 1 ? issuers[0]?.id : undefined,
            data: {},
          });
        }
        if ('type' in changed || 'validFrom' in changed || 'holderNumber' in changed)
          // All stored values: fields shown only once a type is chosen are not registered yet.
          form.setFieldsValue({ validUntil: defaultUntil(form.getFieldsValue(true)) });
      }}
    >
      {(form) => <IssueFields form={form} issuersOf={issuersOf} />}
    </FormDialog>
  );
}

function IssueFields({
  form,
  issuersOf,
}: {
  form: FormInstance<IssueValues>;
  issuersOf: (type: CertificateType) => Department[];
}) {
  const t = useT(messages);
  const terms = useCertificateTerms();
  const type: CertificateType | undefined = Form.useWatch('type', form);
  // Only the types the user can issue for one of their departments.
  const issuable = CERTIFICATE_TYPE_KEYS.filter((key) => issuersOf(key).length > 0);
  const spec = type ? CERTIFICATE_TYPE_SPECS[type] : null;
  const idType = spec ? holderIdTypeOf(spec.holderKind) : '111';
  return (
    <>
      <Form.Item label={t('type')} name="type" rules={[{ required: true, message: t('typeRequired') }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          notFoundContent={t('noIssuer')}
          options={issuable.map((key) => ({ value: key, label: terms.typeName(key) }))}
        />
      </Form.Item>
      {type && (
        <>
          <Form.Item
            label={spec?.holderKind === 'enterprise' ? t('enterpriseName') : t('personName')}
            name="holderName"
            rules={[{ required: true, whitespace: true, message: t('nameRequired') }]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item
            label={terms.holderIdTypeName(idType)}
            name="holderNumber"
            normalize={(value: string | undefined) => value?.toUpperCase().trim()}
            rules={[
              {
                required: true,
                message: t('numberRequired').replace('{label}', terms.holderIdTypeName(idType)),
              },
              {
                validator: async (_rule, value: string | undefined) => {
                  const check = value ? checkHolderNumber(idType, value) : null;
                  if (check && !check.valid) throw new Error(check.message);
                },
              },
            ]}
          >
            <Input maxLength={18} className="certificate-code" />
          </Form.Item>
          <Form.Item
            label={t('issuer')}
            name="issuerDepartmentId"
            rules={[{ required: true, message: t('issuerRequired') }]}
          >
            <Select
              options={issuersOf(type).map((department) => ({
                value: department.id,
                label: department.name,
              }))}
            />
          </Form.Item>
          <Form.Item label={t('number')} name="certificateNumber" extra={t('numberHint')}>
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item label={t('validFrom')} name="validFrom" rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item label={t('validUntil')} name="validUntil" extra={t('validUntilHint')}>
            <DatePicker style={{ width: '100%' }} placeholder={t('longTerm')} />
          </Form.Item>
          <Divider titlePlacement="start" className="certificate-form-section">
            {t('data')}
          </Divider>
          <CertificateDataFields fields={spec?.fields ?? []} />
        </>
      )}
    </>
  );
}
