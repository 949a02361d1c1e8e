import { Button, Skeleton } from 'antd-mobile';
import { useCallback, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useT } from '../../../common/locale';
import { Applied } from '../cases/Applied';
import { ApplyForm } from '../cases/ApplyForm';
import type { MyCaseDetail } from '../cases/types';
import { useLoaded } from '../catalog/useLoaded';
import { usePublishedItem } from '../catalog/usePublishedItem';
import { LoadFailure } from '../components/LoadFailure';
import { PageBody } from '../components/PageBody';
import { SignInPrompt } from '../components/SignInPrompt';
import { StatusBlock } from '../components/StatusBlock';
import { SubPageBar } from '../components/SubPageBar';
import { listMyMaterials } from '../materials/api';
import { useSession } from '../session';

const messages = {
  title: ['在线申请', 'Apply online'],
  signIn: ['登录后可以在线申请', 'Sign in to apply online'],
  verify: ['请先实名认证', 'Please verify your identity first'],
  verifyText: [
    '在线申请以您本人的身份证号码提交，认证一次即可',
    'Online applications are made under your own ID number; you verify once',
  ],
  verifyButton: ['去实名认证', 'Verify my identity'],
  notFound: ['没有找到这个事项', 'This service was not found'],
  failed: ['申请页没有打开', 'The application did not open'],
} as const;

function Loading() {
  return (
    <div aria-busy="true">
      <Skeleton.Title animated />
      <Skeleton.Paragraph animated lineCount={6} />
    </div>
  );
}

function Application({ itemId }: { itemId: string }) {
  const t = useT(messages);
  const { item, error, retry } = usePublishedItem(itemId);
  const loadMaterials = useCallback(() => listMyMaterials(), []);
  const { data: materials } = useLoaded(loadMaterials, 'mine');
  const [applied, setApplied] = useState<MyCaseDetail | null>(null);

  if (error !== null)
    return <LoadFailure error={error} retry={retry} notFound={t('notFound')} failed={t('failed')} />;
  if (applied) return <Applied applied={applied} />;
  if (item === null || materials === null) return <Loading />;
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
  const navigate = useNavigate();
  const { itemId = '' } = useParams();
  const { loading, resident } = useSession();

  return (
    <>
      <SubPageBar title={t('title')} />
      <PageBody>
        {loading ? (
          <Loading />
        ) : !resident ? (
          <SignInPrompt message={t('signIn')} />
        ) : !resident.idNumberMasked ? (
          <StatusBlock title={t('verify')} description={t('verifyText')}>
            <Button block size="large" color="primary" onClick={() => navigate('/identity')}>
              {t('verifyButton')}
            </Button>
          </StatusBlock>
        ) : (
          <Application itemId={itemId} />
        )}
      </PageBody>
    </>
  );
}
