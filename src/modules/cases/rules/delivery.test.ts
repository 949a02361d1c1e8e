import { describe, expect, it } from 'vitest';
import { deliveryChangeable, deliveryNoticeText, deliveryStage } from './delivery';

const none = { postedAt: null, assignedAt: null, deliveredAt: null };
const at = new Date('2026-11-23T08:00:00Z');

describe('delivery of a result', () => {
  it('stands where the case and its delivery facts say', () => {
    expect(deliveryStage('accepted', none)).toBe('not_ready');
    expect(deliveryStage('result_ready', none)).toBe('ready');
    expect(deliveryStage('result_ready', { ...none, postedAt: at })).toBe('on_the_way');
    expect(deliveryStage('result_ready', { ...none, assignedAt: at })).toBe('on_the_way');
    expect(deliveryStage('completed', { ...none, postedAt: at, deliveredAt: at })).toBe('delivered');
    // Closed before deliveries were recorded: the result was handed over.
    expect(deliveryStage('completed', none)).toBe('delivered');
  });

  it('may be rechosen until the result leaves the office, never on a closed case', () => {
    expect(deliveryChangeable('submitted', none)).toBe(true);
    expect(deliveryChangeable('result_ready', none)).toBe(true);
    expect(deliveryChangeable('result_ready', { ...none, postedAt: at })).toBe(false);
    expect(deliveryChangeable('result_ready', { ...none, assignedAt: at })).toBe(false);
    for (const closed of ['completed', 'refused', 'terminated'] as const) {
      expect(deliveryChangeable(closed, none)).toBe(false);
    }
  });

  it('tells the applicant in the result notice where the result goes', () => {
    const to = { pickupPlace: '潮鸣街道便民服务中心', address: '下城区潮鸣街道小天竺社区幸福路8号' };
    expect(deliveryNoticeText('window_pickup', true, to)).toBe('办理结果已当场交付。');
    expect(deliveryNoticeText('window_pickup', false, to)).toContain('到潮鸣街道便民服务中心领取');
    expect(deliveryNoticeText('courier', false, to)).toContain(
      '免费寄送至：下城区潮鸣街道小天竺社区幸福路8号',
    );
    expect(deliveryNoticeText('grid_worker', false, to)).toContain('由社区网格员送达');
  });
});
