import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { MESSAGE_PURPOSES } from '../../../../../src/shared/message-purposes';
import { useT } from '../../../../common/locale';
import type { OutboxMessage, Page } from '../../api/types';
import { useApi, useLookup, withQuery } from '../../api/useApi';
import { formatDateTime } from '../../components/format';
import { PageSection } from '../../components/PageSection';
import { useServerPaging } from '../../components/pagination';
import { commonMessages } from '../../i18n/commonMessages';
import { useLabels } from '../../i18n/useLabels';
import './outbox.css';

const messages = {
  ...commonMessages,
  title: ['消息发件箱', 'Message outbox'],
  description: [
    '系统发给群众的短信与微信通知。',
    'Text messages and WeChat notices the platform sent to residents.',
  ],
  notice: [
    '当前未配置短信网关，系统发出的消息不会真正送达，而是保存在这里。演示时可在此查看群众的登录验证码。',
    "No SMS gateway is configured, so messages are kept here instead of being delivered. In the demo, residents' sign-in codes can be read here.",
  ],
  at: ['时间', 'Time'],
  channel: ['渠道', 'Channel'],
  recipient: ['接收人', 'Recipient'],
  purpose: ['用途', 'Purpose'],
  body: ['内容', 'Content'],
  phoneFilter: ['按手机号码查询', 'Filter by mobile number'],
  phoneInvalid: ['请输入11位手机号码', 'Enter an 11-digit number'],
} as const;

const CHANNELS: Record<string, readonly [string, string]> = {
  sms: ['短信', 'SMS'],
  wechat: ['微信', 'WeChat'],
};
const PURPOSES: Record<string, readonly [string, string]> = MESSAGE_PURPOSES;
const STATUSES: Record<string, { label: readonly [string, string]; color: string }> = {
  kept: { label: ['已留存', 'Kept'], color: 'default' },
  sent: { label: ['已发送', 'Sent'], color: 'success' },
  failed: { label: ['发送失败', 'Failed'], color: 'error' },
};

export function OutboxPage() {
  const t = useT(messages);
  const { english } = useLabels();
  const pick = (pair: readonly [string, string] | undefined, fallback: string) =>
    pair?.[english ? 1 : 0] ?? fallback;
  const [phone, setPhone] = useState<string>();
  const [phoneError, setPhoneError] = useState(false);
  const { paging, toFirstPage, pagination } = useServerPaging(20);
  // A phone number is looked up in the request body, so it stays out of URLs and access logs.
  const listed = useApi<Page<OutboxMessage>>(phone ? null : withQuery('/api/outbox', paging));
  const lookedUp = useLookup<Page<OutboxMessage>>('/api/outbox/lookup', phone ? { ...paging, phone } : null);
  const { data, loading, reload } = phone ? lookedUp : listed;

  const search = (value: string) => {
    const trimmed = value.trim();
    const valid = trimmed === '' || /^\d{11}$/.test(trimmed);
    setPhoneError(!valid);
    if (!valid) return;
    setPhone(trimmed || undefined);
    toFirstPage();
  };

  const columns: TableColumnsType<OutboxMessage> = [
    { title: t('at'), dataIndex: 'createdAt', width: 180, render: (at: string) => formatDateTime(at) },
    {
      title: t('channel'),
      dataIndex: 'channel',
      width: 80,
      render: (channel: string) => <Tag color="blue">{pick(CHANNELS[channel], channel)}</Tag>,
    },
    {
      title: t('recipient'),
      dataIndex: 'recipientMasked',
      width: 140,
      render: (to: string) => <code>{to}</code>,
    },
    {
      title: t('purpose'),
      dataIndex: 'purpose',
      width: 120,
      render: (purpose: string) => pick(PURPOSES[purpose], purpose),
    },
    {
      title: t('body'),
      dataIndex: 'body',
      render: (body: string) => <span className="outbox-body">{body}</span>,
    },
    {
      title: t('status'),
      dataIndex: 'status',
      width: 100,
      render: (status: string) => (
        <Tag color={STATUSES[status]?.color}>{pick(STATUSES[status]?.label, status)}</Tag>
      ),
    },
  ];

  return (
    <PageSection
      title={t('title')}
      description={t('description')}
      extra={
        <Button icon={<ReloadOutlined />} onClick={reload} loading={loading}>
          {t('refresh')}
        </Button>
      }
      toolbar={
        <>
          <Input.Search
            allowClear
            status={phoneError ? 'error' : undefined}
            placeholder={t('phoneFilter')}
            maxLength={11}
            inputMode="numeric"
            onSearch={search}
            style={{ width: 240 }}
          />
          {phoneError && <Typography.Text type="danger">{t('phoneInvalid')}</Typography.Text>}
        </>
      }
    >
      <Alert type="info" showIcon title={t('notice')} className="outbox-notice" />
      <Table<OutboxMessage>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.items}
        loading={loading}
        pagination={pagination(data?.total)}
      />
    </PageSection>
  );
}
