import { Alert, App, Button, Card, Form, InputNumber, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import type { z } from 'zod';
import type { BackOfficeSettingsView } from '../../../../../src/modules/workflow/settings/schemas';
import { put } from '../../../../common/api';
import { useT } from '../../../../common/locale';
import { useApi } from '../../api/useApi';
import { useReportError } from '../../api/useReportError';
import { formatDateTime } from '../../components/format';
import { commonMessages } from '../../i18n/commonMessages';

type Settings = z.infer<typeof BackOfficeSettingsView>;
/** The form works in whole percent; the API in shares. */
interface Percents {
  yellowShare: number;
  takeoverShare: number;
}

const messages = {
  yellowShare: ['黄牌预警比例', 'Yellow-warning share'],
  takeoverShare: ['B岗接办比例', 'B-post takeover share'],
  yellowMeaning: [
    '剩余时间不超过时限的{n}%时亮黄牌，告知办理人及部门领导（超过时限亮红牌）',
    'Yellow when no more than {n}% of the limit is left; the holder and their leaders are told (red once overdue)',
  ],
  takeoverMeaning: [
    '待办用去时限的{n}%后，A岗仍未办理的，其B岗可以接办（A岗请假期间随时可接办）',
    'Once {n}% of a task’s limit is used, the A-post’s backup (B-post) may act on it (at any time while the A-post is away)',
  ],
  yellowRange: ['5%到90%', '5% to 90%'],
  takeoverRange: ['1%到99%', '1% to 99%'],
  readOnly: [
    '以下规则对全平台生效，只有全平台的系统管理员可以修改',
    'These rules hold for the whole platform; only a platform administrator may change them',
  ],
  updatedAt: ['最近修改：{at}', 'Last changed {at}'],
  required: ['请填写比例', 'Enter a share'],
} as const;

const percent = (share: number) => Math.round(share * 100);

/** The two shares, explained in words that follow the numbers as they are typed. */
export function SharesPanel() {
  const settings = useApi<Settings>('/api/back-office/settings');
  if (!settings.data) return <Skeleton active />;
  return <SharesForm settings={settings.data} onSaved={settings.reload} />;
}

function SharesForm({ settings, onSaved }: { settings: Settings; onSaved: () => void }) {
  const t = useT(messages);
  const common = useT(commonMessages);
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<Percents>();
  const [saving, setSaving] = useState(false);
  const yellow = Form.useWatch('yellowShare', form) ?? percent(settings.yellowShare);
  const takeover = Form.useWatch('takeoverShare', form) ?? percent(settings.takeoverShare);

  const save = async (values: Percents) => {
    setSaving(true);
    try {
      await put('/api/back-office/settings', {
        yellowShare: values.yellowShare / 100,
        takeoverShare: values.takeoverShare / 100,
      });
      message.success(common('saved'));
      onSaved();
    } catch (error) {
      reportError(error, form);
    } finally {
      setSaving(false);
    }
  };

  const share = (name: keyof Percents, min: number, max: number, range: string, meaning: string) => (
    <Form.Item
      name={name}
      label={t(name)}
      rules={[{ required: true, message: t('required') }]}
      extra={
        <>
          <Typography.Text>{meaning}</Typography.Text>
          <div className="table-note">{range}</div>
        </>
      }
    >
      <InputNumber
        min={min}
        max={max}
        precision={0}
        suffix="%"
        style={{ width: 140 }}
        disabled={!settings.mayEdit}
      />
    </Form.Item>
  );

  return (
    <Card style={{ maxWidth: 720 }}>
      {!settings.mayEdit && <Alert type="info" showIcon title={t('readOnly')} style={{ marginBottom: 16 }} />}
      <Form<Percents>
        name="back-office-shares"
        form={form}
        layout="vertical"
        initialValues={{
          yellowShare: percent(settings.yellowShare),
          takeoverShare: percent(settings.takeoverShare),
        }}
        onFinish={save}
      >
        {share('yellowShare', 5, 90, t('yellowRange'), t('yellowMeaning').replace('{n}', String(yellow)))}
        {share(
          'takeoverShare',
          1,
          99,
          t('takeoverRange'),
          t('takeoverMeaning').replace('{n}', String(takeover)),
        )}
        <Typography.Paragraph type="secondary">
          {t('updatedAt').replace('{at}', formatDateTime(settings.updatedAt))}
        </Typography.Paragraph>
        {settings.mayEdit && (
          <Button type="primary" htmlType="submit" loading={saving}>
            {common('save')}
          </Button>
        )}
      </Form>
    </Card>
  );
}
