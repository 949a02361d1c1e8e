import { sql } from 'kysely';
import type { Db } from '../src/db/database';
import { loadPeople } from './intake-people';

/**
 * A bench's history: cases of the demo district's published items for the
 * synthetic residents (bench/intake-people.ts), taken in at the eight street
 * halls over two years, each with its materials, history and documents shaped
 * as the operations write them. The intake bench's mix (other benches pass
 * their own CaseShape): 60 % completed over the two years and, open
 * cases being recent, taken in over the last ten days 25 % accepted (a promised
 * item waiting in its first step), 10 % submitted, 5 % awaiting materials after
 * a one-time notice. Generated in SQL, 100,000 cases a statement; applicants are
 * drawn from the loading session's bench_people (bench/intake-people.ts).
 */

const CHUNK = 100_000;

/** The loading session's lookup tables: items (person services of district departments) and street desks. */
async function defineShapes(db: Db, shape: CaseShape): Promise<number> {
  await sql`
    CREATE TEMP TABLE IF NOT EXISTS bench_items AS
    SELECT (row_number() OVER (ORDER BY v.basic_code) - 1)::int AS k, v.item_id, v.version, v.name,
           v.content->>'handlingKind' AS handling_kind, (v.content->>'level')::int AS level,
           v.content->'workflow'->0->>'key' AS first_step, (v.content->>'promisedLimitDays')::int AS promised_days,
           v.content->'materials' AS materials,
           (SELECT min(o) FROM jsonb_array_elements(v.content->'materials') WITH ORDINALITY AS x(m, o)
             WHERE (m->>'required')::boolean) AS first_required,
           d.id AS department_id, d.name AS department_name
    FROM catalog_items i
    JOIN catalog_item_versions v ON v.item_id = i.id AND v.version = i.published_version
    JOIN departments d ON d.id = v.department_id
    WHERE d.region_code = '330103' AND v.content->'serviceObjects' ? 'natural_person'
      AND (v.content->>'level')::int >= 4 AND ${sql.raw(shape.items ?? 'true')}
  `.execute(db);
  await sql`
    CREATE TEMP TABLE IF NOT EXISTS bench_desks AS
    SELECT (row_number() OVER (ORDER BY h.region_code) - 1)::int AS k, h.id AS hall_id, w.id AS window_id,
           h.region_code, h.name AS hall_name, h.name || ' ' || w.number || '号窗口' AS place
    FROM halls h JOIN service_windows w ON w.hall_id = h.id AND w.number = 1
    WHERE h.level = 'street' AND h.region_code LIKE '330103%'
  `.execute(db);
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM bench_items`.execute(db);
  return rows[0]?.n ?? 0;
}

const CASE_COLUMNS = sql.raw(`case_number, public_code, item_id, item_version, handling_kind, applicant_kind,
  applicant_number, applicant_name, applicant_phone, channel, hall_id, window_id, intake_region_code,
  routing_basis, applicant_region_code, competent_region_code, competent_department_id, any_window, status,
  current_step, form_data, visits, submitted_at, accepted_at, closed_at, promised_deadline, promised_limit_days,
  started_by_kind, started_by_id, started_by_name, row_version, created_at, updated_at`);

/** One chunk: the cases with their materials, events and documents, in one statement. */
async function loadChunk(
  db: Db,
  size: number,
  items: number,
  persons: number,
  clerk: Clerk,
  { mix }: CaseShape,
): Promise<void> {
  const [completed, accepted, submitted] = [
    mix.completed,
    mix.completed + mix.accepted,
    mix.completed + mix.accepted + mix.submitted,
  ];
  await sql`
    WITH shaped AS (
      SELECT s.n, i.item_id, i.version, i.handling_kind, i.level, i.first_step, i.promised_days,
             i.department_id, dk.hall_id, dk.window_id, dk.region_code AS intake_region,
             p.id_number, p.name, p.phone, p.household_address, p.household_region_code AS applicant_region,
             t.submitted_at, t.status
      FROM (SELECT nextval('case_number_seq') AS n FROM generate_series(1, ${size})) AS s
      JOIN bench_items i ON i.k = s.n % ${items}
      JOIN bench_desks dk ON dk.k = (s.n / 7) % 8
      JOIN bench_people bp ON bp.k = (s.n * 7919) % ${persons}
      JOIN persons p ON p.id_number = bp.id_number
      CROSS JOIN LATERAL (SELECT CASE WHEN s.n % 20 < ${completed} THEN 'completed'
        WHEN s.n % 20 < ${accepted} THEN 'accepted' WHEN s.n % 20 < ${submitted} THEN 'submitted'
        ELSE 'awaiting_materials' END AS status) AS st
      CROSS JOIN LATERAL (SELECT st.status, CASE WHEN st.status = 'completed'
          THEN timestamptz '2025-01-02 09:00+08' + (s.n % 680) * interval '1 day' + (s.n * 37 % 28800) * interval '1 second'
          ELSE date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') AT TIME ZONE 'Asia/Shanghai'
               - (s.n / 20 % 10 + 1) * interval '1 day' + interval '9 hours' + (s.n * 37 % 28800) * interval '1 second'
          END AS submitted_at) AS t
    ), c AS (
      INSERT INTO cases (${CASE_COLUMNS})
      SELECT intake_region || '-' || to_char(submitted_at AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') || '-' || lpad(n::text, greatest(length(n::text), 6), '0'),
             rtrim(translate(encode(uuid_send(gen_random_uuid()), 'base64'), '+/', '-_'), '='),
             item_id, version, handling_kind, 'person', id_number, name, phone, 'window', hall_id, window_id,
             intake_region, 'household', applicant_region,
             left(applicant_region, CASE level WHEN 5 THEN 9 ELSE 6 END), department_id,
             applicant_region NOT LIKE intake_region || '%', status,
             CASE WHEN status = 'accepted' AND handling_kind = 'promised' THEN first_step END,
             jsonb_build_object('applicant_name', name, 'applicant_id_number', id_number, 'phone', phone,
                                'household_address', household_address),
             CASE WHEN status = 'awaiting_materials' THEN 1 ELSE 1 + (n % 3 = 0)::int END, submitted_at,
             CASE WHEN status IN ('accepted', 'completed') THEN submitted_at + interval '12 minutes' END,
             CASE WHEN status = 'completed' THEN submitted_at + CASE handling_kind WHEN 'promised'
               THEN promised_days * interval '1 day' ELSE interval '20 minutes' END END,
             CASE WHEN status IN ('accepted', 'completed') THEN submitted_at + promised_days * interval '1 day' END,
             CASE WHEN status IN ('accepted', 'completed') THEN promised_days END,
             'staff', ${clerk.id}::uuid, ${clerk.name},
             CASE status WHEN 'submitted' THEN 1 WHEN 'completed' THEN 3 ELSE 2 END, submitted_at, submitted_at
      FROM shaped
      RETURNING id, case_number, public_code, item_id, hall_id, window_id, competent_region_code, status,
                applicant_name, submitted_at, accepted_at, closed_at, promised_deadline
    ), m AS (
      INSERT INTO case_materials (case_id, material_key, region_code, name, required, state, submitted_at, updated_at)
      SELECT c.id, x.m->>'key', c.competent_region_code, x.m->>'name', (x.m->>'required')::boolean, st.state,
             CASE WHEN st.state = 'provided' THEN c.submitted_at END, c.submitted_at
      FROM c JOIN bench_items i ON i.item_id = c.item_id
      CROSS JOIN LATERAL jsonb_array_elements(i.materials) WITH ORDINALITY AS x(m, o)
      CROSS JOIN LATERAL (SELECT CASE WHEN NOT (x.m->>'required')::boolean THEN 'not_applicable'
        WHEN c.status = 'awaiting_materials' AND x.o = i.first_required THEN 'missing' ELSE 'provided' END AS state) AS st
    ), acts AS (
      SELECT c.*, i.name AS item_name, i.handling_kind, i.promised_days, i.department_name, dk.hall_name, dk.place,
             a.kind, a.status AS status_after, a.at, a.document_kind, a.prefix
      FROM c JOIN bench_items i ON i.item_id = c.item_id JOIN bench_desks dk ON dk.hall_id = c.hall_id
      CROSS JOIN LATERAL (VALUES
        (1, 'created', 'submitted', c.submitted_at, NULL, NULL),
        (2, 'missing_notice_issued', 'awaiting_materials', c.submitted_at + interval '8 minutes', 'missing_materials', 'BZ'),
        (3, 'accepted', 'accepted', c.accepted_at, 'acceptance', 'SL'),
        (4, 'completed', 'completed', c.closed_at, 'result', 'BJ')
      ) AS a(step, kind, status, at, document_kind, prefix)
      WHERE a.step = 1 OR (a.step = 2 AND c.status = 'awaiting_materials')
         OR (a.step = 3 AND c.accepted_at IS NOT NULL) OR (a.step = 4 AND c.status = 'completed')
      ORDER BY c.id, a.step
    ), e AS (
      INSERT INTO case_events (case_id, region_code, at, kind, status, actor_kind, actor_id, actor_name,
                               office_name, hall_id, window_id, place, channel, details)
      SELECT id, competent_region_code, at, kind, status_after, 'staff', ${clerk.id}::uuid, ${clerk.name},
             ${clerk.office}, hall_id, window_id, place, 'window',
             CASE WHEN document_kind IS NULL THEN jsonb_build_object('routingBasis', 'household')
                  ELSE jsonb_build_object('document', case_number || '-' || prefix || '1') END
      FROM acts
    )
    INSERT INTO case_documents (case_id, region_code, kind, number, content, issued_at, issued_by_kind,
                                issued_by_id, issued_by_name, office_name)
    SELECT id, competent_region_code, document_kind, case_number || '-' || prefix || '1',
           jsonb_build_object('title', CASE document_kind WHEN 'acceptance' THEN '受理通知书'
                                WHEN 'result' THEN '办结通知书' ELSE '一次性告知书' END,
             'caseNumber', case_number, 'publicCode', public_code, 'itemName', item_name,
             'applicantName', applicant_name, 'officeName', department_name, 'placeName', place,
             'issuedOn', to_char(at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD'),
             'text', '您申请的“' || item_name || '”，申请材料齐全、符合法定形式，本机关决定予以受理。',
             'handlingKind', handling_kind, 'promisedLimitDays', promised_days,
             'promisedDeadline', to_char(promised_deadline AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD'),
             'number', case_number || '-' || prefix || '1'),
           at, 'staff', ${clerk.id}::uuid, ${clerk.name}, department_name
    FROM acts WHERE document_kind IS NOT NULL
  `.execute(db);
}

/** What the loaded cases are: their status mix and the items they are for. */
export interface CaseShape {
  /** Of every 20 cases, how many are completed, accepted and submitted; the rest await materials. */
  mix: { completed: number; accepted: number; submitted: number };
  /** A further SQL condition on the items (v: the published item version); all person services by default. */
  items?: string;
}

/** The intake bench's mix: 60 % completed, 25 % accepted, 10 % submitted, 5 % awaiting materials. */
export const INTAKE_SHAPE: CaseShape = { mix: { completed: 12, accepted: 5, submitted: 2 } };

export interface Clerk {
  id: string;
  name: string;
  office: string;
}

/** The demo clerk (李晓燕 of 潮鸣街道) who took the loaded cases in, with her office. */
export async function demoClerk(db: Db) {
  return await db
    .selectFrom('staff_users as s')
    .innerJoin('departments as d', 'd.id', 's.department_id')
    .select(['s.id', 's.display_name as name', 's.department_id', 'd.name as office'])
    .where('s.username', '=', 'clerk')
    .executeTakeFirstOrThrow();
}

/**
 * Adds cases until the database holds `total`. Foreign keys are not checked
 * row by row while loading (session_replication_role = replica: every value
 * comes from the tables it refers to), so a million cases load in minutes.
 */
export async function loadCases(
  db: Db,
  total: number,
  clerk: Clerk,
  progress: (loaded: number) => void,
  shape: CaseShape = INTAKE_SHAPE,
): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM cases`.execute(db);
  let loaded = rows[0]?.n ?? 0;
  if (loaded >= total) return loaded;
  const items = await defineShapes(db, shape);
  const people = await sql<{ n: number }>`SELECT count(*)::int AS n FROM bench_people`.execute(db);
  const persons = people.rows[0]?.n ?? 0;
  await sql`SET session_replication_role = replica`.execute(db);
  await sql`SET synchronous_commit = off`.execute(db);
  await sql`SET work_mem = '256MB'`.execute(db);
  try {
    while (loaded < total) {
      const size = Math.min(CHUNK, total - loaded);
      await loadChunk(db, size, items, persons, clerk, shape);
      loaded += size;
      progress(loaded);
    }
  } finally {
    await sql`RESET session_replication_role`.execute(db);
    await sql`RESET synchronous_commit`.execute(db);
    await sql`RESET work_mem`.execute(db);
  }
  await sql`ANALYZE cases, case_materials, case_events, case_documents, persons`.execute(db);
  return loaded;
}

/**
 * A bench's load in one session (its temporary tables live there): the
 * persons, the cases taken in by `clerk`, then what the bench adds in the same session.
 */
export async function loadHistory(
  db: Db,
  clerk: Clerk,
  options: {
    cases: number;
    persons: number;
    shape?: CaseShape;
    say: (line: string) => void;
    alsoLoad?: (session: Db) => Promise<void>;
  },
): Promise<number> {
  const began = performance.now();
  return await db.connection().execute(async (session) => {
    await loadPeople(session, options.persons);
    const loaded = await loadCases(
      session,
      options.cases,
      clerk,
      (count) => options.say(`cases loaded: ${count} (${Math.round((performance.now() - began) / 1000)} s)`),
      options.shape,
    );
    await options.alsoLoad?.(session);
    return loaded;
  });
}
