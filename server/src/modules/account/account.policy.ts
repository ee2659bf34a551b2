// Who may act on an account through the app: only its owner, and never a staff account (an admin manages those).
import type { Viewer } from '../../context.js';
import { UserError } from '../../domain/errors.js';
import { isStaff, requireUserId } from '../auth/auth.policy.js';

/** The viewer's own id, when the viewer may close their own account. */
export function assertCanCloseOwnAccount(viewer: Viewer): string {
  const userId = requireUserId(viewer);
  if (isStaff(viewer)) throw new UserError('工作人员账号由管理员管理，不能在此注销', 'STAFF_ACCOUNT');
  return userId;
}
