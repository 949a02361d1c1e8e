import { hasPlatformPermission } from '../../../../../src/shared/roles';
import { useStaffUser } from '../../session/SessionProvider';

/** Whether the user may change the calendar: calendar.manage over the whole platform, as the server checks. */
export function useCalendarManager(): boolean {
  return hasPlatformPermission(useStaffUser().grants, 'calendar.manage');
}
