/** Only a path of this site: never send the user on to another origin after signing in. */
export function safeRedirect(target: string | undefined): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) {
    return '/my/organisations';
  }
  return target;
}
