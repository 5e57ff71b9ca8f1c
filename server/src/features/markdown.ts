/**
 * Escapes untrusted text (from articles and sidecars) for Markdown, so that a
 * link, an image or HTML in it renders as the literal characters.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|<>~"'&:]/g, (c) => `\\${c}`)
    .replace(/\r?\n|\r/g, ' ');
}

/** Text for a Markdown inline code span: backticks cannot break out of it. */
export function inlineCode(text: string): string {
  const clean = text.replace(/`/g, 'ˋ').replace(/\r?\n|\r/g, ' ');
  return `\`${clean}\``;
}
