import { Alert, Button, Checkbox, Modal, Space, Tag } from 'antd';
import { useState } from 'react';
import { post } from '../../../../common/api';
import { useT } from '../../../../common/locale';
import type { CaseDetail } from './types';
import type { useCaseAct } from './useCaseAct';

const messages = {
  unverified: ['未核验身份', 'Identity not verified'],
  hint: [
    '申请人网上申请时实名未核验：受理前请查验其身份证原件',
    "The applicant's real-name link was not verified when applying online: check the ID card before accepting",
  ],
  check: ['核验身份证', 'Check ID card'],
  title: ['核验申请人身份证', "Check the applicant's ID card"],
  confirm: [
    '已查验身份证原件：证件有效，照片与本人相符，姓名 {name}、号码与本办件申请人一致',
    'I checked the original ID card: valid, the photo is this person, name {name} and number match the applicant',
  ],
  windowRequired: ['请先在页面上方选择当前窗口', 'Choose your window at the top of the page first'],
  ok: ['确认已核验', 'Confirm'],
  cancel: ['取消', 'Cancel'],
} as const;

/** On an online application made from an unverified real-name link: the mark, and the clerk's ID-card check. */
export function IdentityCheckOnCase({
  detail,
  windowId,
  act,
  mayAct,
}: {
  detail: CaseDetail;
  windowId: string | undefined;
  act: ReturnType<typeof useCaseAct>;
  mayAct: boolean;
}) {
  const t = useT(messages);
  const [open, setOpen] = useState(false);
  const [ticked, setTicked] = useState(false);
  if (!detail.applicantUnverified) return null;
  const submit = async () => {
    const done = await act.run('identity-check', () =>
      post(`/api/cases/${encodeURIComponent(detail.id)}/identity-check`, {
        version: detail.version,
        windowId,
        idCardChecked: true,
      }),
    );
    if (done) setOpen(false);
  };
  return (
    <Space wrap>
      <Tag color="warning" data-testid="identity-unverified" title={t('hint')}>
        {t('unverified')}
      </Tag>
      {mayAct && (
        <Button
          size="small"
          onClick={() => {
            setTicked(false);
            setOpen(true);
          }}
        >
          {t('check')}
        </Button>
      )}
      <Modal
        open={open}
        title={t('title')}
        okText={t('ok')}
        cancelText={t('cancel')}
        okButtonProps={{ disabled: !ticked || !windowId, loading: act.busy === 'identity-check' }}
        onOk={submit}
        onCancel={() => setOpen(false)}
      >
        <Alert type="warning" showIcon title={t('hint')} className="dialog-note" />
        {!windowId && <Alert type="error" showIcon title={t('windowRequired')} className="dialog-note" />}
        <Checkbox checked={ticked} onChange={(event) => setTicked(event.target.checked)}>
          {t('confirm').replace('{name}', detail.applicant.name)}
        </Checkbox>
      </Modal>
    </Space>
  );
}
