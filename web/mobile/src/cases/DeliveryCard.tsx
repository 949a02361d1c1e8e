import type { ReactNode } from 'react';
import { CARRIERS, type CaseStatus } from '../../../../src/shared/case-terms';
import { useT } from '../../../common/locale';
import styles from './Delivery.module.css';
import { useDeliveryWords } from './deliveryWords';
// The same fact list as the status card above it, so the two read alike.
import cardStyles from './StatusCard.module.css';
import { useCaseTerms } from './terms';
import type { DeliveryView, PublicDelivery } from './types';

const messages = {
  heading: ['办理结果怎么拿', 'Getting your result'],
  tracking: ['快递单号', 'Tracking number'],
  sentTo: ['寄到', 'Sent to'],
  bringTo: ['送到', 'Brought to'],
  pickup: ['领取地点', 'Collect at'],
  phone: ['电话', 'Phone'],
  postedAt: ['寄出时间', 'Posted on'],
  deliveredAt: ['拿到时间', 'Received on'],
} as const;

/** A refused or terminated case has no result to deliver. */
export const ENDED: readonly CaseStatus[] = ['refused', 'terminated'];

/** What the card shows, from the public page's answer or from the resident's own case. */
export interface DeliveryFacts {
  method: PublicDelivery['method'];
  stage: PublicDelivery['stage'];
  carrierLabel: string | null;
  trackingNumber: string | null;
  /** Masked on the public page; the whole address on the resident's own case. */
  address: string | null;
  pickupPlace: PublicDelivery['pickupPlace'];
  postedAt: string | null;
  deliveredAt: string | null;
}

export const publicFacts = (delivery: PublicDelivery): DeliveryFacts => ({
  ...delivery,
  address: delivery.addressMasked,
});

export const ownFacts = (delivery: DeliveryView): DeliveryFacts => ({
  ...delivery,
  carrierLabel: delivery.carrier ? CARRIERS[delivery.carrier] : null,
  address: delivery.recipient ? `${delivery.recipient.regionName}${delivery.recipient.address}` : null,
  pickupPlace:
    delivery.method === 'window_pickup' && delivery.stage !== 'delivered' ? delivery.pickupPlace : null,
});

/** How the result reaches the resident and where that stands: method, tracking number, address or place. */
export function DeliveryCard({ delivery, children }: { delivery: DeliveryFacts; children?: ReactNode }) {
  const t = useT(messages);
  const words = useDeliveryWords();
  const terms = useCaseTerms();
  const place = delivery.pickupPlace;
  return (
    <section className={styles.card} aria-label={t('heading')} data-testid="delivery-card">
      <h3 className={styles.heading}>{t('heading')}</h3>
      <p className={styles.method}>{words.method(delivery.method)}</p>
      <p className={styles.stage} data-stage={delivery.stage}>
        {words.stage(delivery)}
      </p>
      <dl className={cardStyles.facts}>
        {delivery.trackingNumber && (
          <>
            <dt>{t('tracking')}</dt>
            <dd>
              {delivery.carrierLabel}
              <span className={styles.tracking}>{delivery.trackingNumber}</span>
            </dd>
          </>
        )}
        {delivery.address && (
          <>
            <dt>{delivery.method === 'courier' ? t('sentTo') : t('bringTo')}</dt>
            <dd>{delivery.address}</dd>
          </>
        )}
        {place && (
          <>
            <dt>{t('pickup')}</dt>
            <dd>
              {place.name}
              {place.address && <span className={styles.placeAddress}>{place.address}</span>}
            </dd>
            {place.phone && (
              <>
                <dt>{t('phone')}</dt>
                <dd>
                  <a href={`tel:${place.phone}`}>{place.phone}</a>
                </dd>
              </>
            )}
          </>
        )}
        {delivery.postedAt && (
          <>
            <dt>{t('postedAt')}</dt>
            <dd>{terms.date(delivery.postedAt)}</dd>
          </>
        )}
        {delivery.deliveredAt && (
          <>
            <dt>{t('deliveredAt')}</dt>
            <dd>{terms.date(delivery.deliveredAt)}</dd>
          </>
        )}
      </dl>
      {children}
    </section>
  );
}
