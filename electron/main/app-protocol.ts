// The Electron half of the app:// protocol: register the scheme before `ready`, serve it after.
import { protocol } from 'electron'
import { contentSecurityPolicy } from '../../shared/lib/security/content-security-policy'
import { createAppProtocolHandler } from './app-protocol-handler'
import { appScheme, appSchemePrivileges } from './app-protocol-paths'

/**
 * Must run before `app` is ready, and only once: Electron keeps just the last list handed to
 * registerSchemesAsPrivileged, so any other privileged scheme belongs in this same call.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: { ...appSchemePrivileges } }])
}

/** After `ready`: answer app://kobi/… from `rendererDir` (out/renderer) and nowhere else. */
export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(appScheme, createAppProtocolHandler({ rootDir: rendererDir, contentSecurityPolicy }))
}
