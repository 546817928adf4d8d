/**
 * The Content-Security-Policy of the renderer, one source for the three places that apply it:
 * the desktop session's response headers, the web host's headers, and the <meta> tag written
 * into index.html at build time (the packaged window shows a `file://` page, which has no
 * headers). The app loads nothing remote, so the policy only allows our own files; styles may be
 * inline because Mantine injects <style> tags at runtime.
 */
export interface CspOptions {
  /** Origin of electron-vite's dev server: its HMR socket and React's inline preamble need room. */
  devServerOrigin?: string | null;
  /** A <meta> policy ignores (and warns about) `frame-ancestors`, so leave it out there. */
  forMeta?: boolean;
}

export function buildContentSecurityPolicy(options: CspOptions = {}): string {
  const dev = options.devServerOrigin ?? null;
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    // Dev only: @vitejs/plugin-react injects an inline Fast Refresh preamble. Never in a package.
    ['script-src', dev ? ["'self'", "'unsafe-inline'"] : ["'self'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    // Vite inlines small assets (fonts included) as data: URLs.
    ['font-src', ["'self'", 'data:']],
    ['connect-src', dev ? ["'self'", dev.replace(/^http/, 'ws')] : ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
  ];
  if (!options.forMeta) directives.push(['frame-ancestors', ["'none'"]]);
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}
