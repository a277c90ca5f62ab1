/** Goes to the redirect page's target at once, keeping the #fragment the reader came with. */
export function followRedirect(): void {
  const href = document.querySelector<HTMLAnchorElement>('a[data-redirect-target]')?.getAttribute('href');
  if (href) location.replace(href + location.hash);
}
