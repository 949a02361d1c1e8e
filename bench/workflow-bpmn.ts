import { Engine } from 'bpmn-engine';
import { sql } from 'kysely';
import type { Db } from '../src/db/database';

/**
 * The peer of the back-office bench: the same two-step approval as a BPMN 2.0
 * process run by the npm package bpmn-engine, a review (审查) by an approver
 * then a decision (决定), both user tasks. Each instance's engine state
 * (engine.getState(), about 8 KB of JSON with its source) lives in a jsonb
 * row of bench_bpmn_instances in the platform's database; every approval
 * recovers it, signals the waiting task and saves it back (bench/workflow-peer.ts).
 */

export const APPROVAL_PROCESS = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="approvalDefinitions"
             targetNamespace="http://yici.example/bench">
  <process id="approval" isExecutable="true">
    <startEvent id="start" />
    <sequenceFlow id="toReview" sourceRef="start" targetRef="review" />
    <userTask id="review" name="审查" />
    <sequenceFlow id="toDecide" sourceRef="review" targetRef="decide" />
    <userTask id="decide" name="决定" />
    <sequenceFlow id="toEnd" sourceRef="decide" targetRef="end" />
    <endEvent id="end" />
  </process>
</definitions>`;

/**
 * Makes the instance table and adds instances waiting in the review step until
 * `count` wait there: all copies of one started instance's state, as many
 * started instances would be.
 */
export async function loadBpmnInstances(db: Db, count: number): Promise<void> {
  await sql`
    CREATE TABLE IF NOT EXISTS bench_bpmn_instances (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      state jsonb NOT NULL,
      waiting_for text,
      version integer NOT NULL DEFAULT 1,
      updated_at timestamptz NOT NULL DEFAULT now()
    )
  `.execute(db);
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM bench_bpmn_instances WHERE waiting_for = 'review'
  `.execute(db);
  const missing = count - (rows[0]?.n ?? 0);
  if (missing <= 0) return;
  const engine = new Engine({ name: 'approval', source: APPROVAL_PROCESS });
  await engine.execute();
  const state = JSON.stringify(await engine.getState());
  await engine.stop();
  await sql`
    INSERT INTO bench_bpmn_instances (state, waiting_for)
    SELECT ${state}::jsonb, 'review' FROM generate_series(1, ${missing})
  `.execute(db);
  await sql`ANALYZE bench_bpmn_instances`.execute(db);
}

/** Instances waiting in the review step, in random order. */
export async function reviewInstances(db: Db, count: number): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    SELECT id FROM bench_bpmn_instances WHERE waiting_for = 'review' ORDER BY random() LIMIT ${count}
  `.execute(db);
  return rows.map((row) => row.id);
}
