/** The PostgreSQL schema pg-boss keeps its queues, jobs and schedules in (created and migrated by pg-boss). */
export const JOBS_SCHEMA = 'pgboss';
