import { beforeAll, describe, expect, it } from 'vitest';
import { createVerifiedResidents } from '../../../tests/support/factories';
import { pngImage } from '../../../tests/support/file-fixtures';
import { setUpTestApp, signInResident } from '../../../tests/support/test-app';
import {
  createJointBundle,
  createWorkflowWorld,
  type JointBundle,
  type Officer,
  type WorkflowWorld,
} from '../../../tests/support/workflow-world';
import { Notifier } from '../notify/notifier';
import { deemOverdueApplicationsAccepted } from './deemed-acceptance';

const t = setUpTestApp();
let world: WorkflowWorld;
let bundle: JointBundle;

beforeAll(async () => {
  world = await createWorkflowWorld(t.db, t.app, '330188');
  bundle = await createJointBundle(t.db, world);
});

type Entry = { key: string; state: string };
const everything: Entry[] = [
  { key: 'id_card', state: 'provided' },
  { key: 'birth_cert', state: 'provided' },
  { key: 'photo', state: 'provided' },
];

function application(materials: Entry[] = everything) {
  return {
    bundleId: bundle.bundleId,
    windowId: world.hall.windowId,
    applicant: { kind: 'person', number: world.residents.local },
    formData: { child_name: '张小宝' },
    materials,
  };
}

async function apply(materials?: Entry[], headers: Record<string, string> = {}) {
  return await world.clerk.request('POST', '/api/joint-cases', application(materials), headers);
}

async function rowsOf(parentId: string) {
  return await t.db
    .selectFrom('cases')
    .select(['id', 'item_id', 'status', 'form_data', 'competent_department_id', 'reused_material_count'])
    .where('parent_case_id', '=', parentId)
    .orderBy('case_number')
    .execute();
}

async function openTask(caseId: string) {
  return await t.db
    .selectFrom('case_tasks')
    .select(['id', 'department_id'])
    .where('case_id', '=', caseId)
    .where('state', '=', 'open')
    .executeTakeFirstOrThrow();
}

async function act(officer: Officer, caseId: string, action: string, body: Record<string, unknown>) {
  const task = await openTask(caseId);
  const current = (await officer.client.get(`/api/tasks/${task.id}`)).json();
  const response = await officer.client.post(`/api/tasks/${task.id}/${action}`, {
    version: current.version,
    ...body,
  });
  expect(response.statusCode, response.body).toBe(200);
}

async function acceptedJoint(): Promise<string> {
  const started = await apply();
  expect(started.statusCode, started.body).toBe(201);
  const accepted = await world.clerk.post(`/api/cases/${started.json().id}/accept`, {
    version: started.json().version,
  });
  expect(accepted.statusCode, accepted.body).toBe(200);
  return started.json().id;
}

describe('applying for a bundle', () => {
  it('makes one parent and a child per item, each with its part of the answers given once', async () => {
    const started = await apply();
    expect(started.statusCode, started.body).toBe(201);
    const parent = started.json();
    expect(parent).toMatchObject({ item: { name: '出生一件事（测试）' }, status: 'submitted' });
    expect(parent.joint.children.map((child: { itemName: string }) => child.itemName)).toEqual([
      '出生登记（联办测试）',
      '医保参保（联办测试）',
    ]);
    const children = await rowsOf(parent.id);
    expect(children.map((child) => child.item_id)).toEqual([bundle.policeItem, bundle.insuranceItem]);
    expect(children.map((child) => child.competent_department_id)).toEqual([world.police, world.insurance]);
    for (const child of children) expect(child.form_data).toMatchObject({ child_name: '张小宝' });
    const materials = await t.db
      .selectFrom('case_materials')
      .select(['case_id', 'material_key', 'state'])
      .where(
        'case_id',
        'in',
        children.map((child) => child.id),
      )
      .orderBy('material_key')
      .execute();
    const keysOf = (id: string) => materials.filter((m) => m.case_id === id).map((m) => m.material_key);
    expect(keysOf(children[0]?.id as string)).toEqual(['birth_cert', 'id_card']);
    expect(keysOf(children[1]?.id as string)).toEqual(['id_card', 'photo']);
    const messages = await t.db
      .selectFrom('notifications')
      .select('body')
      .where('body', 'like', `%${parent.caseNumber}%`)
      .execute();
    expect(messages).toHaveLength(1);
    expect(messages[0]?.body).toContain(`/t/${parent.publicCode}`);
  });

  it('makes children only for the items the applicant chose (选办), asking only their papers', async () => {
    const guide = (
      await world.clerk.get(`/api/catalog/bundles/${bundle.bundleId}?itemIds=${bundle.insuranceItem}`)
    ).json();
    expect(guide.chosenItemIds).toEqual([bundle.insuranceItem]);
    expect(guide.items).toHaveLength(2);
    expect(guide.merged.materials.map((material: { key: string }) => material.key)).toEqual([
      'id_card',
      'photo',
    ]);

    const chosen = await world.clerk.post('/api/joint-cases', {
      ...application(everything.filter((entry) => entry.key !== 'birth_cert')),
      itemIds: [bundle.insuranceItem],
    });
    expect(chosen.statusCode, chosen.body).toBe(201);
    const children = await rowsOf(chosen.json().id);
    expect(children.map((child) => child.item_id)).toEqual([bundle.insuranceItem]);

    const outside = await world.clerk.post('/api/joint-cases', {
      ...application(),
      itemIds: [bundle.insuranceItem, world.jointItem],
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error).toMatchObject({ code: 'ITEM_NOT_IN_BUNDLE' });
    expect(outside.json().error.details[0]).toMatchObject({ field: 'itemIds' });
  });

  it('answers a retry with the same Idempotency-Key with the same joint case, never a second one', async () => {
    const headers = { 'idempotency-key': 'joint-retry-1' };
    const first = await apply(undefined, headers);
    expect(first.statusCode, first.body).toBe(201);
    const count = async () =>
      Number(
        (
          await t.db
            .selectFrom('cases')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const again = await apply(undefined, headers);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ id: first.json().id, replayed: true });
    expect(await count()).toBe(before);
  });

  it('issues one notice for the whole bundle naming everything missing across the children', async () => {
    const started = await apply([{ key: 'id_card', state: 'provided' }]);
    const parentId = started.json().id;
    const notice = await world.clerk.post(`/api/cases/${parentId}/missing-notice`, {
      version: started.json().version,
    });
    expect(notice.statusCode, notice.body).toBe(200);
    const documents = await t.db
      .selectFrom('case_documents as d')
      .innerJoin('cases as c', 'c.id', 'd.case_id')
      .select(['d.case_id', 'd.content'])
      .where((eb) => eb.or([eb('c.id', '=', parentId), eb('c.parent_case_id', '=', parentId)]))
      .execute();
    expect(documents).toHaveLength(1);
    expect(documents[0]?.case_id).toBe(parentId);
    const content = documents[0]?.content as { items: { name: string }[] };
    const items = content.items.map((item) => item.name);
    expect(items.sort()).toEqual(['一寸近照', '出生医学证明']);
    expect((await rowsOf(parentId)).map((child) => child.status)).toEqual([
      'awaiting_materials',
      'awaiting_materials',
    ]);
    const refused = await world.clerk.post(`/api/cases/${parentId}/accept`, {
      version: notice.json().version,
    });
    expect(refused.json().error.code).toBe('MATERIALS_INCOMPLETE');
  });
});

describe('applying for a bundle online', () => {
  it('takes the merged answers once and records a scan used by two items as one use', async () => {
    await createVerifiedResidents(t.db, [
      { phone: '13700000002', idNumber: world.residents.local, name: '张秀英' },
    ]);
    const resident = await signInResident(t.app, t.db, '13700000002');
    const scan = async (name: string) =>
      (
        await resident.uploadForm(
          '/api/resident/materials',
          { name },
          { name: 'scan.png', bytes: pngImage(40, 30), type: 'image/png' },
        )
      ).json().id as string;
    const idScan = await scan('身份证');
    const applied = await resident.post('/api/resident/joint-cases', {
      bundleId: bundle.bundleId,
      formData: { child_name: '张小宝' },
      materials: [
        { key: 'id_card', state: 'provided', materialId: idScan },
        { key: 'birth_cert', state: 'provided', materialId: await scan('出生医学证明') },
        { key: 'photo', state: 'provided', materialId: await scan('一寸近照') },
      ],
    });
    expect(applied.statusCode, applied.body).toBe(201);
    expect(applied.json()).toMatchObject({ channel: 'online', status: 'submitted' });
    expect(applied.json().joint.children).toHaveLength(2);
    const uses = await t.db
      .selectFrom('material_uses')
      .select('case_ref')
      .where('material_id', '=', idScan)
      .execute();
    expect(uses).toHaveLength(1);
    const mine = (await resident.get('/api/resident/cases')).json().items;
    // Each joint case is listed once, as its parent; its children are not listed beside it.
    expect(mine.map((entry: { id: string }) => entry.id)).toContain(applied.json().id);
    expect(new Set(mine.map((entry: { itemName: string }) => entry.itemName))).toEqual(
      new Set(['出生一件事（测试）']),
    );
  });
});

describe('a joint case in the back office', () => {
  it('starts every child in its own department, decides the parent with its last child and delivers the results together', async () => {
    const parentId = await acceptedJoint();
    const [police, insurance] = await rowsOf(parentId);
    expect([police?.status, insurance?.status]).toEqual(['accepted', 'accepted']);
    expect((await openTask(police?.id as string)).department_id).toBe(world.police);
    expect((await openTask(insurance?.id as string)).department_id).toBe(world.insurance);
    // The parent has no tasks of its own: its children carry them (and their warnings).
    expect(
      await t.db.selectFrom('case_tasks').select('id').where('case_id', '=', parentId).execute(),
    ).toEqual([]);

    await act(world.officers.police, police?.id as string, 'approve', {
      opinion: '准予落户',
      resultNumber: 'HJ-1',
    });
    const halfway = (await world.clerk.get(`/api/cases/${parentId}`)).json();
    expect(halfway.status).toBe('accepted');
    // The child's result is decided and waits to travel with the bundle's.
    expect(halfway.joint.children.map((child: { status: string }) => child.status)).toEqual([
      'result_ready',
      'accepted',
    ]);
    expect(halfway.joint.children[1].openSteps).toEqual([
      { stepName: '医保参保（联办测试）审核', departmentName: '330188医疗保障局' },
    ]);
    const child = (await world.clerk.get(`/api/cases/${police?.id}`)).json();
    const refused = await world.clerk.post(`/api/cases/${police?.id}/delivery/handed-over`, {
      version: child.version,
      windowId: world.hall.windowId,
      receivedBy: '张三',
    });
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().error.code).toBe('DELIVERED_WITH_PARENT');

    await act(world.officers.insurance, insurance?.id as string, 'disapprove', {
      opinion: '不符合参保条件',
      reasons: ['户籍不在本市'],
      legalBasis: '《测试办法》第三条',
    });
    const decided = (await world.clerk.get(`/api/cases/${parentId}`)).json();
    expect(decided.status).toBe('result_ready');
    expect(decided.result.children.map((entry: { status: string }) => entry.status)).toEqual([
      'result_ready',
      'disapproved',
    ]);
    expect(decided.documents.map((document: { kind: string }) => document.kind)).toEqual([
      'acceptance',
      'joint_result',
    ]);
    const kinds = decided.timeline.map((entry: { kind: string }) => entry.kind);
    expect(kinds.filter((kind: string) => kind === 'child_closed')).toHaveLength(2);
    expect(kinds).toContain('bundle_completed');

    const handedOver = await world.clerk.post(`/api/cases/${parentId}/delivery/handed-over`, {
      version: decided.version,
      windowId: world.hall.windowId,
      receivedBy: '张三',
    });
    expect(handedOver.statusCode, handedOver.body).toBe(200);
    const rows = await rowsOf(parentId);
    expect(rows.map((row) => row?.status)).toEqual(['completed', 'disapproved']);
    const parent = (await world.clerk.get(`/api/cases/${parentId}`)).json();
    expect(parent.status).toBe('completed');
    const delivered = await t.db
      .selectFrom('case_deliveries')
      .select(['delivered_at', 'received_by'])
      .where('case_id', '=', police?.id as string)
      .executeTakeFirstOrThrow();
    expect(delivered.received_by).toBe('张三');
    expect(delivered.delivered_at).not.toBeNull();
  });
});

describe('a joint case applied for remotely', () => {
  it('waits in the intake queue as one parent and is deemed accepted whole after its date', async () => {
    const started = await world.clerk.post('/api/joint-cases', { ...application(), channel: 'phone' });
    expect(started.statusCode, started.body).toBe(201);
    const parentId = started.json().id as string;
    const rows = await t.db
      .selectFrom('cases')
      .select(['id', 'case_number', 'decision_due', 'parent_case_id'])
      .where((eb) => eb.or([eb('id', '=', parentId), eb('parent_case_id', '=', parentId)]))
      .execute();
    const parentRow = rows.find((row) => row.id === parentId);
    // Decided on the parent alone: only the parent has a decision date and is in the queue.
    expect(parentRow?.decision_due).not.toBeNull();
    expect(rows.filter((row) => row.parent_case_id !== null).map((row) => row.decision_due)).toEqual([
      null,
      null,
    ]);
    const queue = (await world.clerk.get('/api/cases/intake-queue')).json();
    const queued = queue.items.map((item: { id: string }) => item.id);
    expect(queued).toContain(parentId);
    expect(rows.filter((row) => queued.includes(row.id))).toHaveLength(1);

    const due = parentRow?.decision_due as Date;
    const accepted = await deemOverdueApplicationsAccepted(
      { db: t.db, notifier: new Notifier() },
      new Date(due.getTime() + 1000),
    );
    expect(accepted).toContain(parentRow?.case_number);
    const parent = (await world.clerk.get(`/api/cases/${parentId}`)).json();
    expect(parent.status).toBe('accepted');
    expect(parent.timeline.map((entry: { kind: string }) => entry.kind)).toContain('deemed_accepted');
    for (const child of await rowsOf(parentId)) {
      expect(child.status).toBe('accepted');
      expect((await openTask(child.id)).id).toBeTruthy();
    }
  });
});
