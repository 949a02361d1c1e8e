import { Button } from 'antd-mobile';
import { useCallback, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useT } from '../../../common/locale';
import type { MaterialView } from '../../../common/materials';
import { fill } from '../catalog/format';
import { useLoaded } from '../catalog/useLoaded';
import { LoadFailure } from '../components/LoadFailure';
import { MaterialItem } from '../components/materials/MaterialItem';
import styles from '../components/materials/Materials.module.css';
import { MaterialUploadCard } from '../components/materials/MaterialUploadCard';
import { PageBody } from '../components/PageBody';
import { PageLoading } from '../components/PageLoading';
import { StatusBlock } from '../components/StatusBlock';
import { SubPageBar } from '../components/SubPageBar';
import { listMyMaterials } from '../materials/api';
import { useUploadPreset } from '../materials/useUploadPreset';
import { useSession } from '../session';

const messages = {
  title: ['我的材料', 'My materials'],
  heading: ['一次提交，反复使用', 'Hand it over once, use it again'],
  intro: [
    '您在窗口提交或在这里上传的材料都在这里。同意复用的材料，下次办事时可直接使用。',
    'Materials you handed over at a window or uploaded here are kept here. Those you allow to be reused can be used again next time.',
  ],
  verifyTitle: ['请先完成实名认证', 'Please verify your identity first'],
  verifyText: [
    '材料按身份证号码归档，完成实名认证后即可查看和上传',
    'Materials are kept under your ID number; verify your identity to see and upload them',
  ],
  verifyNow: ['去认证', 'Verify now'],
  count: ['共 {count} 份材料', '{count} materials'],
  empty: ['还没有材料', 'No materials yet'],
  emptyText: [
    '在窗口提交或在上方上传的材料，会显示在这里',
    'Materials you hand over at a window or upload above will appear here',
  ],
  notFound: ['没有找到材料', 'Materials not found'],
  failed: ['材料加载失败', 'Could not load your materials'],
} as const;

/** 我的材料: the resident's material repository, with upload and reuse consent. */
export function MaterialsPage() {
  const t = useT(messages);
  const navigate = useNavigate();
  const location = useLocation();
  const preset = useUploadPreset();
  const { loading, resident } = useSession();
  // Linked is enough to upload; before verification the list holds only what this account uploaded.
  const linked = Boolean(resident?.idNumberMasked);
  const load = useCallback(() => (linked ? listMyMaterials() : Promise.resolve([])), [linked]);
  const { data, error, retry } = useLoaded(load, resident?.id ?? '');
  // Uploads and consent changes update the list in place, so the page never blinks or loses its place.
  const [changed, setChanged] = useState<MaterialView[] | null>(null);
  const materials = changed ?? data ?? [];
  const replace = (updated: MaterialView) =>
    setChanged(materials.map((material) => (material.id === updated.id ? updated : material)));

  if (!loading && !resident)
    return <Navigate to="/login" state={{ from: `/materials${location.search}` }} replace />;

  return (
    <>
      <SubPageBar title={t('title')} />
      {loading || (!data && !error) ? (
        <PageLoading />
      ) : !linked ? (
        <PageBody>
          <StatusBlock title={t('verifyTitle')} description={t('verifyText')}>
            <Button block size="large" color="primary" onClick={() => navigate('/identity')}>
              {t('verifyNow')}
            </Button>
          </StatusBlock>
        </PageBody>
      ) : error ? (
        <PageBody>
          <LoadFailure error={error} retry={retry} notFound={t('notFound')} failed={t('failed')} />
        </PageBody>
      ) : (
        <PageBody>
          <div className={styles.intro}>
            <h2>{t('heading')}</h2>
            <p>{t('intro')}</p>
          </div>
          <MaterialUploadCard
            preset={preset}
            onUploaded={(added) => {
              setChanged([added, ...materials]);
              // Filed under the guide's material once; the next upload is the resident's own again.
              if (preset) navigate('/materials', { replace: true });
            }}
          />
          <MaterialList materials={materials} onChanged={replace} />
        </PageBody>
      )}
    </>
  );
}

function MaterialList({
  materials,
  onChanged,
}: {
  materials: MaterialView[];
  onChanged: (material: MaterialView) => void;
}) {
  const t = useT(messages);
  if (materials.length === 0) return <StatusBlock title={t('empty')} description={t('emptyText')} />;
  return (
    <>
      <h2 className={styles.listTitle}>{fill(t('count'), { count: materials.length })}</h2>
      {materials.map((material) => (
        <MaterialItem key={material.id} material={material} onChanged={onChanged} />
      ))}
    </>
  );
}
