import { Card, Flex, Select, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { shanghaiDate } from '../../../../../src/modules/calendar/rules/days';
import { atIntake, type CaseAct } from '../../../../../src/shared/case-lifecycle';
import { useT } from '../../../../common/locale';
import { useApi } from '../../api/useApi';
import { useSession } from '../../session/SessionProvider';
import type { ItemVersion } from '../catalog/types';
import { CaseFacts, CaseForm } from './CaseFacts';
import { CaseDocuments, CaseTimeline } from './CaseHistory';
import { CorrectionAtWindow } from './CorrectionAtWindow';
import { caseActs } from './caseApi';
import { STATUS_COLORS, useCaseTerms } from './caseTerms';
import { DecisionPanel } from './DecisionPanel';
import { DeliveryPanel } from './delivery/DeliveryPanel';
import { FormCorrection } from './FormCorrection';
import { IdentityCheckOnCase } from './IdentityCheckOnCase';
import { JointCard } from './JointCard';
import type { MaterialEntry } from './MaterialCells';
import { MaterialsPanel } from './MaterialsPanel';
import { PaperHandover } from './PaperHandover';
import { CasePapersCard } from './papers/CasePapersCard';
import { ScanDialog } from './scan/ScanDialog';
import type { CaseDetail, CheckedMaterial, MaterialCheck } from './types';
import { useCaseAct } from './useCaseAct';
import { rememberedWindow, rememberWindow, useDeskWindows } from './useDeskWindows';
import './cases.css';

const messages = {
  materials: ['材料清单', 'Materials'],
  facts: ['申请人与办理信息', 'Applicant and handling'],
  form: ['申请表', 'Application form'],
  documents: ['文书', 'Documents'],
  history: ['办理记录', 'History'],
  paper: ['纸质材料流转', 'Paper hand-over'],
  delivery: ['办理结果领取与送达', 'Getting the result to the applicant'],
  window: ['当前窗口', 'Window'],
  onTheSpot: ['即办件', 'On the spot'],
  promised: ['承诺件 {n} 个工作日', 'Promised in {n} working days'],
  step: ['当前环节：', 'Current step: '],
  progress: ['公开查询码', 'Public code'],
} as const;

/** Everything about one case, and at a window the clerk's checklist and decisions. */
export function CasePage() {
  const t = useT(messages);
  const terms = useCaseTerms();
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const { user } = useSession();
  const mayAct = user?.permissions.includes('case.intake') ?? false;
  const detail = useApi<CaseDetail>(`/api/cases/${id}`);
  const check = useApi<MaterialCheck>(mayAct ? `/api/cases/${id}/material-check` : null);
  // A joint case's parent has no item of its own (its "item" is the bundle).
  const itemId = detail.data && !detail.data.joint?.children ? detail.data.item.id : null;
  const item = useApi<ItemVersion>(itemId ? `/api/catalog/items/${itemId}` : null);
  const { windows } = useDeskWindows();
  const [windowId, setWindowId] = useState(search.get('window') ?? rememberedWindow());
  // The clerk's own choice; untouched, the box follows whether today's trip is already counted.
  const [visit, setVisit] = useState<boolean | null>(null);
  const [scanning, setScanning] = useState<CheckedMaterial | null>(null);
  // Remounts the papers card, so a new scan shows in it.
  const [papersKey, setPapersKey] = useState(0);
  const reload = () => {
    detail.reload();
    check.reload();
    setPapersKey((key) => key + 1);
  };
  const act = useCaseAct(reload);

  const data = detail.data;
  if (!data) return <Spin className="catalog-loading" spinning={detail.loading} />;
  // The checklist is live while the case is at intake; every act is offered as the server lists it (acts).
  const open = atIntake(data.status);
  const may = (act: CaseAct) => data.acts.includes(act);
  const decided = data.status === 'result_ready' || data.status === 'completed';
  // A joint case: the parent is decided and delivered as one; a child's result goes with it.
  const parent = !!data.joint?.children;
  const child = !!data.joint?.parent;
  const ended = data.status === 'refused' || data.status === 'terminated';
  const delivery = (
    <Card size="small" title={t('delivery')} className="case-delivery">
      <DeliveryPanel detail={data} windowId={windowId} act={act} mayAct={mayAct} />
    </Card>
  );
  // The published version's checks; the case's own version may be older (its materials are the case's).
  const content = item.data?.content;
  // A trip is counted once a Beijing day: after it the box starts unticked, and ticking it records a new arrival.
  const visitedToday = data.lastVisitOn === shanghaiDate(new Date());
  const visitTicked = visit ?? !visitedToday;

  const record = async (entry: MaterialEntry) => {
    if (!check.data) return;
    const busyName = entry.certificateId ? `reuse-${entry.certificateId}` : `${entry.state}-${entry.key}`;
    const withVisit = visitTicked && !!check.data.firstNotice;
    const changed = await act.run(busyName, () =>
      caseActs.recordMaterials(data.id, {
        version: check.data?.version,
        windowId,
        visit: withVisit,
        newArrival: withVisit && visitedToday,
        materials: [entry],
      }),
    );
    // One visit counts once, however many papers the applicant hands over in it.
    if (changed && withVisit) setVisit(false);
  };

  return (
    <Flex vertical gap={16} className="case-page">
      <Card size="small">
        <Flex justify="space-between" align="center" wrap gap={12}>
          <Space direction="vertical" size={2}>
            <Typography.Title level={4} className="case-title">
              {data.item.name}
            </Typography.Title>
            <Space wrap>
              <Typography.Text copyable strong>
                {data.caseNumber}
              </Typography.Text>
              <Tag color={STATUS_COLORS[data.status]} data-testid="case-status">
                {terms.label('status', data.status)}
              </Tag>
              <Tag>
                {data.item.handlingKind === 'on_the_spot'
                  ? t('onTheSpot')
                  : t('promised').replace('{n}', String(data.item.promisedLimitDays))}
              </Tag>
              <IdentityCheckOnCase
                detail={data}
                windowId={windowId}
                act={act}
                mayAct={may('check_identity')}
              />
              {data.currentStep && (
                <span>
                  {t('step')}
                  {data.currentStep.name}
                </span>
              )}
            </Space>
          </Space>
          {mayAct && (
            <Space>
              <span>{t('window')}</span>
              <Select
                className="case-window"
                value={windowId}
                onChange={(value) => {
                  setWindowId(value);
                  rememberWindow(value);
                }}
                options={windows.map((window) => ({ value: window.id, label: window.label }))}
              />
            </Space>
          )}
        </Flex>
      </Card>
      {/* Once decided, getting the result to the applicant is the work at hand: it comes first. */}
      {decided && !child && delivery}
      {data.joint && <JointCard joint={data.joint} />}
      {mayAct && check.data && (
        <Card
          size="small"
          title={t('materials')}
          extra={<DecisionPanel detail={data} check={check.data} windowId={windowId} act={act} />}
        >
          <MaterialsPanel
            check={check.data}
            content={content}
            open={open}
            accepted={data.status === 'accepted'}
            busy={act.busy}
            visit={visitTicked}
            visitedToday={visitedToday}
            onVisitChange={setVisit}
            onRecord={record}
            onScan={setScanning}
          />
        </Card>
      )}
      {scanning && check.data && (
        <ScanDialog
          caseId={data.id}
          material={scanning}
          version={check.data.version}
          windowId={windowId}
          onCancel={() => setScanning(null)}
          onDone={() => {
            setScanning(null);
            reload();
          }}
        />
      )}
      {!parent && <CasePapersCard key={papersKey} caseId={data.id} />}
      {!decided && !ended && !child && delivery}
      {may('answer_correction') && (
        <CorrectionAtWindow caseId={data.id} windowId={windowId} onDone={reload} />
      )}
      <Card size="small" title={t('documents')}>
        <CaseDocuments detail={data} />
      </Card>
      <Card size="small" title={t('facts')}>
        <CaseFacts detail={data} />
      </Card>
      <Card
        size="small"
        title={t('form')}
        extra={may('correct_form') && <FormCorrection detail={data} windowId={windowId} act={act} />}
      >
        <CaseForm detail={data} />
      </Card>
      {data.routing.anyWindow && !parent && (
        <Card size="small" title={t('paper')}>
          <PaperHandover detail={data} windowId={windowId} act={act} />
        </Card>
      )}
      <Card size="small" title={t('history')}>
        <CaseTimeline detail={data} />
      </Card>
    </Flex>
  );
}
