import { ANY_WINDOW_SCOPES, RESULT_TYPES } from '../../../../../src/shared/catalog-terms';
import { useT } from '../../../../common/locale';
import type { GuideContent } from '../../catalog/types';
import styles from './Guide.module.css';
import { GuideMaterials } from './GuideMaterials';
import { GuideFact, GuideSection, GuideText } from './GuideSection';

const messages = {
  conditions: ['申请条件', 'Who can apply'],
  noConditions: ['（无特别条件）', '(No special conditions)'],
  materials: ['申请材料', 'Documents to bring'],
  steps: ['办理流程', 'Steps'],
  noSteps: ['（办理流程待补充）', '(Steps to be added)'],
  place: ['办理地点和时间', 'Where and when'],
  address: ['办理地点', 'Address'],
  hours: ['办理时间', 'Opening hours'],
  appointment: ['需要提前预约', 'Book an appointment first'],
  delivery: ['送达方式', 'Delivery'],
  courier: ['办理结果可快递送达', 'The result can be posted to you'],
  scope: ['通办范围', 'Any window within'],
  contact: ['咨询和投诉', 'Questions and complaints'],
  enquiry: ['咨询方式', 'Questions'],
  complaint: ['投诉方式', 'Complaints'],
  basis: ['设定依据', 'Legal basis'],
  noBasis: ['（设定依据待补充）', '(Legal basis to be added)'],
  result: ['办理结果', 'What you receive'],
  notGiven: ['（待补充）', '(To be added)'],
} as const;

/**
 * The guide's sections, from who can apply to what the applicant receives;
 * each document can be uploaded ahead for the item into 我的材料.
 */
export function GuideSections({ content, itemId }: { content: GuideContent; itemId: string }) {
  const t = useT(messages);
  const result =
    content.resultType === 'none'
      ? RESULT_TYPES.none
      : [RESULT_TYPES[content.resultType], content.resultName].filter(Boolean).join('：');
  return (
    <>
      <GuideSection title={t('conditions')}>
        <GuideText text={content.acceptanceConditions} empty={t('noConditions')} />
      </GuideSection>
      <GuideSection title={t('materials')}>
        <GuideMaterials
          materials={content.materials}
          uploadLink={(material) =>
            `/materials?${new URLSearchParams({ item: itemId, material: material.key })}`
          }
        />
      </GuideSection>
      <GuideSection title={t('steps')}>
        {content.guideSteps.length === 0 ? (
          <GuideText text="" empty={t('noSteps')} />
        ) : (
          <ol className={styles.steps}>
            {content.guideSteps.map((step, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: steps are fixed text in a fixed order.
              <li key={index} className={styles.step}>
                <span className={styles.number}>{index + 1}</span>
                <span className={styles.stepText}>{step}</span>
              </li>
            ))}
          </ol>
        )}
      </GuideSection>
      <GuideSection title={t('place')}>
        {content.appointment && <p className={styles.notice}>{t('appointment')}</p>}
        <GuideFact label={t('address')}>
          <GuideText text={content.handlingAddress} empty={t('notGiven')} />
        </GuideFact>
        <GuideFact label={t('hours')}>
          <GuideText text={content.handlingHours} empty={t('notGiven')} />
        </GuideFact>
        {content.anyWindowScope && (
          <GuideFact label={t('scope')}>
            <GuideText text={ANY_WINDOW_SCOPES[content.anyWindowScope]} empty="" />
          </GuideFact>
        )}
        {content.courierDelivery && (
          <GuideFact label={t('delivery')}>
            <GuideText text={t('courier')} empty="" />
          </GuideFact>
        )}
      </GuideSection>
      <GuideSection title={t('contact')}>
        <GuideFact label={t('enquiry')}>
          <GuideText text={content.enquiryChannel} empty={t('notGiven')} />
        </GuideFact>
        <GuideFact label={t('complaint')}>
          <GuideText text={content.complaintChannel} empty={t('notGiven')} />
        </GuideFact>
      </GuideSection>
      <GuideSection title={t('basis')}>
        <GuideText text={content.legalBasis} empty={t('noBasis')} />
      </GuideSection>
      <GuideSection title={t('result')}>
        <GuideText text={result} empty={t('notGiven')} />
      </GuideSection>
    </>
  );
}
