/**
 * Session-wide hardening: the page may ask the OS for nothing (camera, location, notifications,
 * USB, serial…), and every web contents ever created, not only our window, gets the navigation
 * guard. What the page may do is decided here, once, not per feature.
 */
import type { App, Session } from 'electron';
import { isAppUrl, type AppLocation } from './app-location';
import { guardNavigation } from './navigation';

/**
 * The only permission granted, and only to our page: writing to the clipboard is what the
 * "copia" buttons do (`navigator.clipboard.writeText`). Reading the clipboard stays denied.
 */
const GRANTED_TO_APP: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function isPermissionGranted(permission: string, requestingUrl: string, location: AppLocation): boolean {
  return GRANTED_TO_APP.has(permission) && isAppUrl(requestingUrl, location);
}

export function restrictPermissions(session: Session, location: AppLocation): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl || contents.getURL(), location));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) => {
    return isPermissionGranted(permission, details.requestingUrl ?? requestingOrigin, location);
  });
  session.setDevicePermissionHandler(() => false);
}

export function hardenAllWebContents(app: Pick<App, 'on'>, location: AppLocation): void {
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents, location));
}
