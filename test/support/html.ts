/**
 * Reading built HTML with the hast utilities (as src/lib/links/built-html.ts does
 * for the after-build checks): elements by tag, their attributes by their
 * HTML names, their text. A <template>'s content is a fragment of its own in
 * hast; `allElements` and `elementsByTag` enter it, `elementsOutsideTemplates`
 * and `elementsInTemplates` tell the two apart.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { find, html as htmlSchema } from 'property-information';

export type HtmlDocument = Root;
export type HtmlElement = Element;
type HtmlParent = Root | Element;

/** A whole HTML document, parsed. */
export function parseHtml(html: string): HtmlDocument {
  return fromHtml(html);
}

/** Every element under a node, in document order, <template> contents included. */
export function allElements(root: HtmlParent): HtmlElement[] {
  const out: HtmlElement[] = [];
  const walk = (children: readonly RootContent[]) => {
    for (const child of children) {
      if (child.type !== 'element') continue;
      out.push(child);
      walk(child.children);
      if (child.content) walk(child.content.children);
    }
  };
  walk(root.children);
  return out;
}

/** Elements by tag name (lower case), in document order, <template> contents included. */
export function elementsByTag(root: HtmlParent, tagName: string): HtmlElement[] {
  return allElements(root).filter((el) => el.tagName === tagName);
}

/** Elements by tag name that are part of the page itself: none inside a <template>. */
export function elementsOutsideTemplates(root: HtmlParent, tagName: string): HtmlElement[] {
  return selectAll(tagName, root);
}

/** Elements by tag name inside <template>s: inert until a script clones them into the page. */
export function elementsInTemplates(root: HtmlParent, tagName: string): HtmlElement[] {
  return allElements(root)
    .filter((el) => el.tagName === 'template')
    .flatMap((template) => (template.content ? selectAll(tagName, template.content) : []));
}

/** An attribute's value as written in HTML terms: "" for a boolean attribute, undefined when it is absent. */
export function attr(el: HtmlElement, name: string): string | undefined {
  const info = find(htmlSchema, name);
  const value = el.properties[info.property];
  if (value === undefined || value === null || value === false) return undefined;
  if (value === true) return '';
  if (Array.isArray(value)) return value.join(info.commaSeparated ? ', ' : ' ');
  return String(value);
}

export function hasAttr(el: HtmlElement, name: string): boolean {
  return attr(el, name) !== undefined;
}

/** Every attribute of an element, by its HTML name, in the order written. */
export function attributes(el: HtmlElement): { name: string; value: string }[] {
  return Object.keys(el.properties).flatMap((property) => {
    const name = find(htmlSchema, property).attribute;
    const value = attr(el, name);
    return value === undefined ? [] : [{ name, value }];
  });
}

/** The text of an element's text descendants, exactly as written (raw for <script> and <style>). */
export function textContent(el: HtmlElement): string {
  return toString(el);
}

/** A space-separated attribute's tokens, lower case (rel="Stylesheet preload" → ["stylesheet", "preload"]). */
export function tokens(el: HtmlElement, name: string): string[] {
  return (attr(el, name) ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

/** <meta name=…> or <meta property=…> contents, by key. */
export function metaContents(root: HtmlParent, key: string): string[] {
  return elementsByTag(root, 'meta')
    .filter((m) => attr(m, 'name') === key || attr(m, 'property') === key)
    .map((m) => attr(m, 'content') ?? '');
}

/** The <head> element (the HTML parser always creates one). */
export function headOf(document: HtmlDocument): HtmlElement {
  const head = elementsByTag(document, 'head').at(0);
  if (!head) throw new Error('no <head>');
  return head;
}

/** A <script> that holds data, not code (JSON-LD and the like): its type is set, and is neither "module" nor a JavaScript MIME type. */
export function isDataBlock(script: HtmlElement): boolean {
  const type = (attr(script, 'type') ?? '').trim().toLowerCase();
  return type !== '' && type !== 'module' && !/^(text|application)\/(java|ecma)script$/.test(type);
}

/** A short description of an element for failure messages: <script type="module">. */
export function describeElement(el: HtmlElement): string {
  const attrs = attributes(el).map(({ name, value }) => (value === '' ? name : `${name}="${value.slice(0, 60)}"`));
  return `<${[el.tagName, ...attrs].join(' ')}>`;
}
