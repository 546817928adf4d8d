/** A failure of the report's download or of a chart's picture: the core's words when it gave some. */
import { notifications } from '@mantine/notifications';
import { ApiCallError } from '@shared/api/errors';

export function notifyFailure(error: unknown, fallback: string): void {
  const message = error instanceof ApiCallError ? error.error.message : fallback;
  notifications.show({ color: 'red', title: 'Non riuscito', message, autoClose: 8000 });
}
