import { Button, Checkbox, List } from 'antd-mobile';
import { useCallback, useState } from 'react';
import { useParams } from 'react-router-dom';
import { useT } from '../../../common/locale';
import { Applied } from '../cases/Applied';
import styles from '../cases/Apply.module.css';
import { ApplyForm } from '../cases/ApplyForm';
import { ApplyLoading, ApplyScreen } from '../cases/ApplyGate';
import type { MyCaseDetail } from '../cases/types';
import { getBundle } from '../catalog/api';
import { fill } from '../catalog/format';
import { onlineApplication } from '../catalog/terms';
import type { BundleDetail } from '../catalog/types';
import { useLoaded } from '../catalog/useLoaded';
import { LoadFailure } from '../components/LoadFailure';
import { listMyMaterials } from '../materials/api';

const messages = {
  title: ['一件事在线申请', 'Apply for a bundle'],
  choose: ['1. 选择要办理的事项', '1. Choose what you need'],
  chooseNote: [
    '按您的情况勾选，一张表、一套材料一次提交，各部门同时办理。',
    'Tick what applies to you: one form and one set of papers for all, handled by every office at once.',
  ],
  days: ['{department} · 承诺{n}个工作日', '{department} · {n} working days'],
  onTheSpot: ['{department} · 即办', '{department} · on the spot'],
  windowOnly: ['{department} · 需到窗口办理', '{department} · at a window only'],
  next: ['下一步：填写申请', 'Next: the application'],
  fillIn: ['2. 填写申请（{n}个事项）', '2. The application ({n} services)'],
  change: ['重新选择事项', 'Change the choice'],
  notFound: ['没有找到这个“一件事”', 'This bundle was not found'],
  failed: ['申请页没有打开', 'The application did not open'],
} as const;

/** Which line describes an item: its office and limit, or that it is only taken at a window. */
function lineOf(item: BundleDetail['items'][number]): 'windowOnly' | 'onTheSpot' | 'days' {
  if (!onlineApplication(item.onlineDepth)) return 'windowOnly';
  return item.promisedLimitDays === 0 ? 'onTheSpot' : 'days';
}

/** 选办: the bundle's items, those taken online ticked to begin with. */
function ItemChoice({
  bundle,
  chosen,
  onChange,
  onNext,
}: {
  bundle: BundleDetail;
  chosen: string[];
  onChange: (chosen: string[]) => void;
  onNext: () => void;
}) {
  const t = useT(messages);
  return (
    <>
      <h2>{bundle.name}</h2>
      <List header={t('choose')}>
        <List.Item>
          <p className={styles.note}>{t('chooseNote')}</p>
        </List.Item>
        <Checkbox.Group value={chosen} onChange={(value) => onChange(value as string[])}>
          {bundle.items.map((item) => (
            <List.Item
              key={item.itemId}
              description={fill(t(lineOf(item)), {
                department: item.departmentName,
                n: item.promisedLimitDays,
              })}
            >
              <Checkbox value={item.itemId} disabled={!onlineApplication(item.onlineDepth)}>
                {item.name}
              </Checkbox>
            </List.Item>
          ))}
        </Checkbox.Group>
      </List>
      <Button block size="large" color="primary" disabled={chosen.length === 0} onClick={onNext}>
        {t('next')}
      </Button>
    </>
  );
}

/** The merged form and papers of the chosen items, sent as one application. */
function ChosenApplication({
  bundleId,
  chosen,
  onBack,
}: {
  bundleId: string;
  chosen: string[];
  onBack: () => void;
}) {
  const t = useT(messages);
  const loadMerged = useCallback((key: string) => getBundle(bundleId, key.split(',')), [bundleId]);
  const { data: bundle, error, retry } = useLoaded(loadMerged, chosen.join(','));
  const loadMaterials = useCallback(() => listMyMaterials(), []);
  const { data: materials } = useLoaded(loadMaterials, 'mine');
  const [applied, setApplied] = useState<MyCaseDetail | null>(null);
  if (error !== null)
    return <LoadFailure error={error} retry={retry} notFound={t('notFound')} failed={t('failed')} />;
  if (applied) return <Applied applied={applied} />;
  if (bundle === null || materials === null) return <ApplyLoading />;
  return (
    <>
      <h2>{bundle.name}</h2>
      <p className={styles.note}>
        {fill(t('fillIn'), { n: bundle.chosenItemIds.length })}：
        {bundle.items
          .filter((item) => bundle.chosenItemIds.includes(item.itemId))
          .map((item) => item.name)
          .join('、')}
      </p>
      <Button size="small" fill="none" color="primary" onClick={onBack}>
        {t('change')}
      </Button>
      <ApplyForm
        target={{ bundleId, itemIds: bundle.chosenItemIds }}
        content={bundle.merged}
        myMaterials={materials}
        onApplied={setApplied}
      />
    </>
  );
}

function BundleApplication({ bundleId }: { bundleId: string }) {
  const t = useT(messages);
  const { data: bundle, error, retry } = useLoaded(getBundle, bundleId);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [filling, setFilling] = useState(false);
  if (error !== null)
    return <LoadFailure error={error} retry={retry} notFound={t('notFound')} failed={t('failed')} />;
  if (bundle === null) return <ApplyLoading />;
  const ticked =
    chosen ?? bundle.items.filter((item) => onlineApplication(item.onlineDepth)).map((item) => item.itemId);
  if (filling)
    return <ChosenApplication bundleId={bundleId} chosen={ticked} onBack={() => setFilling(false)} />;
  return <ItemChoice bundle={bundle} chosen={ticked} onChange={setChosen} onNext={() => setFilling(true)} />;
}

/** Applying for a 一件事 in the app: choose the items, then one form and one set of papers for all of them. */
export function BundleApplyPage() {
  const t = useT(messages);
  const { bundleId = '' } = useParams();
  return (
    <ApplyScreen title={t('title')}>
      <BundleApplication bundleId={bundleId} />
    </ApplyScreen>
  );
}
