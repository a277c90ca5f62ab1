/** Goes to the redirect page's target at once, keeping the #fragment the reader came with. */
export function followRedirect(): void {
  const target = document.querySelector<HTMLAnchorElement>('a[data-redirect-target]');
  if (target) location.replace(target.getAttribute('href') + location.hash);
}
