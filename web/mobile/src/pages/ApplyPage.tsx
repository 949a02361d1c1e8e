import { useCallback, useState } from 'react';
import { useParams } from 'react-router-dom';
import { useT } from '../../../common/locale';
import { Applied } from '../cases/Applied';
import { ApplyForm } from '../cases/ApplyForm';
import { ApplyLoading, ApplyScreen } from '../cases/ApplyGate';
import type { MyCaseDetail } from '../cases/types';
import { useLoaded } from '../catalog/useLoaded';
import { usePublishedItem } from '../catalog/usePublishedItem';
import { LoadFailure } from '../components/LoadFailure';
import { listMyMaterials } from '../materials/api';

const messages = {
  title: ['在线申请', 'Apply online'],
  notFound: ['没有找到这个事项', 'This service was not found'],
  failed: ['申请页没有打开', 'The application did not open'],
} as const;

function Application({ itemId }: { itemId: string }) {
  const t = useT(messages);
  const { item, error, retry } = usePublishedItem(itemId);
  const loadMaterials = useCallback(() => listMyMaterials(), []);
  const { data: materials } = useLoaded(loadMaterials, 'mine');
  const [applied, setApplied] = useState<MyCaseDetail | null>(null);

  if (error !== null)
    return <LoadFailure error={error} retry={retry} notFound={t('notFound')} failed={t('failed')} />;
  if (applied) return <Applied applied={applied} />;
  if (item === null || materials === null) return <ApplyLoading />;
  return (
    <>
      <h2>{item.content.name}</h2>
      <ApplyForm
        target={{ itemId: item.itemId }}
        content={item.content}
        myMaterials={materials}
        onApplied={setApplied}
      />
    </>
  );
}

/** Applying for a published item in the app: signed in and verified, the item's form and the resident's uploaded papers. */
export function ApplyPage() {
  const t = useT(messages);
  const { itemId = '' } = useParams();
  return (
    <ApplyScreen title={t('title')}>
      <Application itemId={itemId} />
    </ApplyScreen>
  );
}
