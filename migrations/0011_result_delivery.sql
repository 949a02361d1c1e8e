-- Delivery of results (结果送达): the applicant chooses how to get the result (at a window, by
-- courier, or brought by the grid worker) when the case starts and may change it until it is sent;
-- a decided case waits in result_ready until the delivery is confirmed, and only then closes.
-- The choice is one column on cases (cheap, and every statistic by method reads it there);
-- the address and the course of the delivery are in case_deliveries, one row per case that has
-- either. Decision 0014 says why.

INSERT INTO case_statuses (status, label) VALUES
  ('result_ready', '已出结果，待领取或送达');

INSERT INTO case_event_kinds (kind, label) VALUES
  ('delivery_changed', '变更结果领取方式'),
  ('result_handed_over', '窗口领取结果'),
  ('result_posted', '结果寄出'),
  ('result_signed_for', '结果签收'),
  ('delivery_assigned', '指派网格员送达'),
  ('result_delivered', '网格员送达结果');

ALTER TABLE cases ADD COLUMN delivery_method text NOT NULL DEFAULT 'window_pickup'
  CHECK (delivery_method IN ('window_pickup', 'courier', 'grid_worker'));
COMMENT ON COLUMN cases.delivery_method IS 'How the applicant gets the result: window_pickup (窗口领取) | courier (邮政快递送达, postage free) | grid_worker (网格员送达). Chosen at the start, changeable until the result is sent; statistics by method read it here.';
COMMENT ON COLUMN cases.status IS 'Where the case stands, one of case_statuses: submitted, awaiting_materials, accepted, result_ready (decided; the result waits to be collected or delivered), completed (the result delivered), refused, terminated, and any a later capability adds. Written with the event that changes it, in one transaction.';
COMMENT ON COLUMN cases.closed_at IS 'When it was completed (the result delivered), refused or terminated.';
COMMENT ON COLUMN cases.result IS 'What the case produced when decided, e.g. {"resultName":"老年优待证","number":"…","note":"…"}; set when the case reaches result_ready or completed.';

CREATE TABLE case_deliveries (
  case_id uuid PRIMARY KEY REFERENCES cases (id),
  region_code text NOT NULL,
  recipient_name text CHECK (length(btrim(recipient_name)) > 0),
  recipient_phone text CHECK (recipient_phone ~ '^1[3-9][0-9]{9}$'),
  address_region_code text REFERENCES regions (code),
  address text CHECK (length(btrim(address)) > 0),
  ready_at timestamptz,
  carrier text CHECK (carrier IN ('ems', 'sf', 'jd', 'other')),
  tracking_number text CHECK (tracking_number ~ '^[A-Z0-9]{8,30}$'),
  posted_at timestamptz,
  grid_worker_id uuid REFERENCES staff_users (id),
  grid_worker_name text,
  assigned_at timestamptz,
  delivered_at timestamptz,
  received_by text,
  received_by_id_number text,
  note text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT case_deliveries_address_whole CHECK (
    (recipient_name IS NULL) = (address IS NULL)
    AND (recipient_phone IS NULL) = (address IS NULL)
    AND (address_region_code IS NULL) = (address IS NULL)
  ),
  CONSTRAINT case_deliveries_posting CHECK (
    (posted_at IS NULL) = (tracking_number IS NULL) AND (posted_at IS NULL) = (carrier IS NULL)
  ),
  CONSTRAINT case_deliveries_assignment CHECK (
    (grid_worker_id IS NULL) = (assigned_at IS NULL) AND (grid_worker_id IS NULL) = (grid_worker_name IS NULL)
  ),
  CONSTRAINT case_deliveries_order CHECK (
    (posted_at IS NULL OR ready_at IS NOT NULL)
    AND (assigned_at IS NULL OR ready_at IS NOT NULL)
    AND (delivered_at IS NULL OR ready_at IS NOT NULL)
  )
);
CREATE INDEX case_deliveries_grid_worker ON case_deliveries (grid_worker_id, delivered_at)
  WHERE grid_worker_id IS NOT NULL;
COMMENT ON TABLE case_deliveries IS 'Where a case''s result goes and how its delivery went: the address of a courier or grid-worker delivery (chosen at the start or later), when the result was ready, posted (carrier, tracking number), assigned to a grid worker, and delivered, to whom. One row per case that has an address or a result; every step is also in case_events.';
COMMENT ON COLUMN case_deliveries.case_id IS 'The case (its delivery method is cases.delivery_method).';
COMMENT ON COLUMN case_deliveries.region_code IS 'The case''s competent region (for distribution by region).';
COMMENT ON COLUMN case_deliveries.recipient_name IS 'Who the result is addressed to (courier or grid worker); the applicant unless another name was given. Null for window pickup.';
COMMENT ON COLUMN case_deliveries.recipient_phone IS 'The recipient''s mobile number, for the courier or the grid worker.';
COMMENT ON COLUMN case_deliveries.address_region_code IS 'The region of the delivery address (a community for a grid worker''s delivery); the address is refused without it.';
COMMENT ON COLUMN case_deliveries.address IS 'The delivery address below the region (street, building, room). Personal data: the public progress page shows the district and street only.';
COMMENT ON COLUMN case_deliveries.ready_at IS 'When the case was decided and its result became ready to collect or deliver.';
COMMENT ON COLUMN case_deliveries.carrier IS 'Who carries a courier delivery: ems (中国邮政EMS) | sf (顺丰速运) | jd (京东物流) | other.';
COMMENT ON COLUMN case_deliveries.tracking_number IS 'The waybill number of the posted result (8-30 capital letters or digits), shown on the public progress page.';
COMMENT ON COLUMN case_deliveries.posted_at IS 'When the result was handed to the courier (recorded by a clerk).';
COMMENT ON COLUMN case_deliveries.grid_worker_id IS 'The grid worker who delivers the result; only they see and confirm the delivery.';
COMMENT ON COLUMN case_deliveries.grid_worker_name IS 'The grid worker''s name at the assignment.';
COMMENT ON COLUMN case_deliveries.assigned_at IS 'When the grid worker was assigned.';
COMMENT ON COLUMN case_deliveries.delivered_at IS 'When the applicant got the result: handed over at a window, signed for from the courier (the time the carrier reports), or delivered by the grid worker. cases.closed_at is when this was recorded.';
COMMENT ON COLUMN case_deliveries.received_by IS 'Who took the result (the applicant, an authorised person, whoever signed for the parcel); null for a hand-over at an on-the-spot completion, where the applicant was at the window.';
COMMENT ON COLUMN case_deliveries.received_by_id_number IS 'The citizen ID number of a person collecting at a window on the applicant''s behalf, when recorded.';
COMMENT ON COLUMN case_deliveries.note IS 'What the clerk or the grid worker noted at the delivery (e.g. 本人签收, 家属代收).';
COMMENT ON COLUMN case_deliveries.updated_at IS 'When the row last changed.';

-- Cases completed before delivery was recorded were completed on the spot and handed over at once.
INSERT INTO case_deliveries (case_id, region_code, ready_at, delivered_at)
SELECT id, competent_region_code, closed_at, closed_at FROM cases WHERE status = 'completed';
