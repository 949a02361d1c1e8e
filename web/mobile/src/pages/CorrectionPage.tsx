import { Button, Form, Selector, TextArea, Toast } from 'antd-mobile';
import { CheckCircleFill } from 'antd-mobile-icons';
import { useCallback, useState } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { useT } from '../../../common/locale';
import type { MaterialView } from '../../../common/materials';
import done from '../cases/Apply.module.css';
import { answerMyCorrection, loadMyCorrections } from '../cases/api';
import missing from '../cases/MissingMaterials.module.css';
import { useCaseTerms } from '../cases/terms';
import type { Correction } from '../cases/types';
import { fill } from '../catalog/format';
import { useLoaded } from '../catalog/useLoaded';
import { SubmitForm } from '../components/FormPage';
import { LoadFailure } from '../components/LoadFailure';
import { MaterialUploadCard } from '../components/materials/MaterialUploadCard';
import { PageBody } from '../components/PageBody';
import { PageLoading } from '../components/PageLoading';
import { StatusBlock } from '../components/StatusBlock';
import { SubPageBar } from '../components/SubPageBar';
import { useReportApiError } from '../formFeedback';
import { listMyMaterials } from '../materials/api';
import { useSession } from '../session';
import styles from './CorrectionPage.module.css';

const messages = {
  title: ['补正', 'Correction'],
  asked: ['需要您补正的内容', 'What to correct'],
  askedBy: ['{office} · {date}', '{office} · {date}'],
  step1: ['第一步：上传补正的材料（没有可跳过）', 'Step 1: upload the papers (skip if none)'],
  step2: ['第二步：说明并提交', 'Step 2: explain and send'],
  answer: ['补正说明', 'Your explanation'],
  answerPlaceholder: [
    '如：已上传近三个月的收入证明；地址以户口簿为准',
    'e.g. income proof uploaded; the address is as in the register',
  ],
  files: ['附上的材料', 'Papers attached'],
  filesHint: [
    '从“我的材料”中选择，刚上传的已自动选上',
    'Pick from My materials; new uploads are picked already',
  ],
  noFiles: ['还没有材料，可在上方上传', 'No materials yet; upload them above'],
  submit: ['提交补正', 'Send the correction'],
  sent: ['已提交', 'Sent'],
  doneTitle: ['补正已提交', 'Correction sent'],
  doneText: [
    '办件已恢复办理，承诺办结日期为{date}。',
    'Work on your application has resumed; it is promised by {date}.',
  ],
  answeredText: ['您已于{date}提交了这次补正。', 'You sent this correction on {date}.'],
  back: ['返回办件', 'Back to the application'],
  notFound: ['没有找到这次补正', 'Correction not found'],
  failed: ['补正要求没有打开', 'The request did not open'],
} as const;

function Asked({ correction }: { correction: Correction }) {
  const t = useT(messages);
  const terms = useCaseTerms();
  return (
    <section className={missing.box}>
      <h3 className={missing.heading}>{t('asked')}</h3>
      <p className={missing.intro}>
        {fill(t('askedBy'), { office: correction.officeName, date: terms.date(correction.askedAt) })}
      </p>
      <ol className={missing.list}>
        {correction.corrections.map((line) => (
          <li key={line} className={missing.name}>
            {line}
          </li>
        ))}
      </ol>
      {correction.note && <p className={missing.intro}>{correction.note}</p>}
    </section>
  );
}

function AnswerForm({
  caseId,
  correction,
  materials,
  onSent,
}: {
  caseId: string;
  correction: Correction;
  materials: MaterialView[];
  onSent: (promisedDeadline: string) => void;
}) {
  const t = useT(messages);
  const [form] = Form.useForm<{ answer?: string }>();
  const report = useReportApiError(form);
  const [mine, setMine] = useState(materials);
  const [picked, setPicked] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const send = async (values: { answer?: string }) => {
    setBusy(true);
    try {
      const sent = await answerMyCorrection(caseId, correction.id, {
        answer: values.answer?.trim() ?? '',
        materialIds: picked,
      });
      Toast.show({ icon: 'success', content: t('sent') });
      onSent(sent.promisedDeadline);
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h3 className={styles.step}>{t('step1')}</h3>
      <MaterialUploadCard
        preset={null}
        onUploaded={(added) => {
          setMine([added, ...mine]);
          setPicked([...picked, added.id]);
        }}
      />
      <h3 className={styles.step}>{t('step2')}</h3>
      <SubmitForm form={form} layout="vertical" onFinish={send} submitText={t('submit')} submitting={busy}>
        <Form.Item name="answer" label={t('answer')}>
          <TextArea rows={4} maxLength={2000} showCount placeholder={t('answerPlaceholder')} />
        </Form.Item>
        <Form.Item label={t('files')} help={mine.length > 0 ? t('filesHint') : undefined}>
          {mine.length === 0 ? (
            <p className={styles.hint}>{t('noFiles')}</p>
          ) : (
            <Selector
              multiple
              columns={1}
              options={mine.map((material) => ({ label: material.name, value: material.id }))}
              value={picked}
              onChange={setPicked}
            />
          )}
        </Form.Item>
      </SubmitForm>
    </>
  );
}

/** 补正: what the office asked, the upload of papers, the explanation; sending it restarts the clock. */
export function CorrectionPage() {
  const t = useT(messages);
  const terms = useCaseTerms();
  const navigate = useNavigate();
  const { caseId = '', correctionId = '' } = useParams();
  const { loading, resident } = useSession();
  const load = useCallback(async () => {
    const [corrections, materials] = await Promise.all([loadMyCorrections(caseId), listMyMaterials()]);
    return { correction: corrections.find((entry) => entry.id === correctionId) ?? null, materials };
  }, [caseId, correctionId]);
  const { data, error, retry } = useLoaded(load, `${caseId}/${correctionId}`);
  const [promised, setPromised] = useState<string | null>(null);

  if (!loading && !resident) {
    return (
      <Navigate to="/login" state={{ from: `/progress/${caseId}/corrections/${correctionId}` }} replace />
    );
  }
  const back = (
    <Button block size="large" color="primary" onClick={() => navigate(`/progress/${caseId}`)}>
      {t('back')}
    </Button>
  );
  const correction = data?.correction;
  return (
    <>
      <SubPageBar title={t('title')} />
      {error !== null ? (
        <PageBody>
          <LoadFailure error={error} retry={retry} notFound={t('notFound')} failed={t('failed')} />
        </PageBody>
      ) : !data ? (
        <PageLoading />
      ) : !correction ? (
        <PageBody>
          <StatusBlock title={t('notFound')} description="">
            {back}
          </StatusBlock>
        </PageBody>
      ) : (
        <PageBody>
          <Asked correction={correction} />
          {promised || correction.answeredAt ? (
            <section className={`${done.applied} ${styles.done}`}>
              <CheckCircleFill className={done.doneIcon} />
              <h2 className={done.doneTitle}>{t('doneTitle')}</h2>
              <p className={styles.hint}>
                {promised
                  ? fill(t('doneText'), { date: terms.date(promised) })
                  : fill(t('answeredText'), { date: terms.date(correction.answeredAt as string) })}
              </p>
              {back}
            </section>
          ) : (
            <AnswerForm
              caseId={caseId}
              correction={correction}
              materials={data.materials}
              onSent={setPromised}
            />
          )}
        </PageBody>
      )}
    </>
  );
}
