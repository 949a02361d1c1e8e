import { ReloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Table } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useT } from '../../../../common/locale';
import { type MaterialView, nextDecision } from '../../../../common/materials';
import { useReportError } from '../../api/useReportError';
import { useMaterialColumns } from './materialColumns';
import { lookUpMaterials, type Owner, recordConsentAtWindow } from './materialsApi';
import { UploadMaterialDialog } from './UploadMaterialDialog';
import './materials.css';

const messages = {
  upload: ['上传扫描件', 'Upload a scan'],
  refresh: ['刷新', 'Refresh'],
  empty: ['该证件号码名下暂无您可查看的材料', 'No materials you may see under this number'],
  confirmTitle: ['登记所有人同意复用？', 'Record the owner’s consent to reuse?'],
  confirmText: [
    '请先向材料所有人说明并得到本人当面同意：同意后，这份材料可在今后办事时直接复用，所有人可随时在应用中或到窗口撤回。',
    'Explain it to the owner and get their agreement in person first: once recorded, this material can be reused in later applications, and the owner can withdraw at any time in the app or at a window.',
  ],
  withdrawTitle: ['登记所有人撤回复用同意？', 'Record the owner’s withdrawal?'],
  withdrawText: [
    '撤回后这份材料不再提供复用；材料本身不删除，已经使用过它的办件仍保留。',
    'The material will no longer be offered for reuse; nothing is deleted, and applications that used it keep it.',
  ],
  ok: ['确认登记', 'Record'],
  cancel: ['取消', 'Cancel'],
  recorded: ['已登记', 'Recorded'],
} as const;

/**
 * One owner's material repository as a clerk sees it: what was collected in
 * their scope or confirmed for reuse, with upload and consent recorded at the
 * window. Embedded in the 材料库 page now and in the person profile later.
 */
export function OwnerMaterials({ owner }: { owner: Owner }) {
  const t = useT(messages);
  const { modal, message } = App.useApp();
  const reportError = useReportError();
  const [materials, setMaterials] = useState<MaterialView[]>();
  const [loading, setLoading] = useState(true);
  const [uploading, setUploading] = useState(false);

  const load = useCallback(() => {
    setLoading(true);
    lookUpMaterials(owner)
      .then(setMaterials, reportError)
      .finally(() => setLoading(false));
  }, [owner, reportError]);
  useEffect(load, [load]);

  const askConsent = (material: MaterialView) => {
    const decision = nextDecision(material.consent.state);
    const confirming = decision === 'confirmed';
    modal.confirm({
      title: t(confirming ? 'confirmTitle' : 'withdrawTitle'),
      content: t(confirming ? 'confirmText' : 'withdrawText'),
      okText: t('ok'),
      cancelText: t('cancel'),
      onOk: async () => {
        try {
          await recordConsentAtWindow(material.id, decision);
          message.success(t('recorded'));
          load();
        } catch (error) {
          reportError(error);
        }
      },
    });
  };

  const columns = useMaterialColumns(askConsent);

  return (
    <div className="owner-materials">
      <Flex justify="flex-end" gap={8} className="owner-materials-actions">
        <Button icon={<ReloadOutlined />} onClick={load} loading={loading}>
          {t('refresh')}
        </Button>
        <Button type="primary" icon={<UploadOutlined />} onClick={() => setUploading(true)}>
          {t('upload')}
        </Button>
      </Flex>
      <Table<MaterialView>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={materials}
        loading={loading}
        pagination={false}
        locale={{ emptyText: t('empty') }}
      />
      <UploadMaterialDialog
        owner={owner}
        open={uploading}
        onClose={() => setUploading(false)}
        onUploaded={(added) => setMaterials((current) => [added, ...(current ?? [])])}
      />
    </div>
  );
}
