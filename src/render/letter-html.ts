/**
 * Renders a {@link LetterModel} as an HTML fragment for the phone-readable, printable preview.
 * Every string is escaped; there are no inline styles or scripts (the CSP forbids them), only
 * classes (`letter`, `letter-notice`, `letter-from`, …) for the site's stylesheet.
 *
 * @module
 */
import type { AddressBlock, LetterBlock, LetterModel } from '../domain/letters/index.js';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML content and attribute values.
 *
 * @example
 * escapeHtml('<script>"x"</script>'); // '&lt;script&gt;&quot;x&quot;&lt;/script&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** Escaped text with "\n" as <br>. */
function lines(text: string): string {
  return text.split('\n').map(escapeHtml).join('<br>');
}

function address(block: AddressBlock, className: string): string {
  const unverified = block.verified ? '' : ' letter-unverified';
  return `<p class="${className}${unverified}">${lines([block.name, ...block.lines].join('\n'))}</p>`;
}

function edited(flag: boolean | undefined): string {
  return flag ? ' letter-edited' : '';
}

function idAttr(id: string): string {
  return `data-paragraph-id="${escapeHtml(id)}"`;
}

function block(item: LetterBlock): string {
  switch (item.type) {
    case 'heading':
      return `<h3 class="letter-heading${edited(item.edited)}" ${idAttr(item.id)}>${lines(item.text)}</h3>`;
    case 'paragraph':
      return `<p class="letter-paragraph${edited(item.edited)}" ${idAttr(item.id)}>${lines(item.text)}</p>`;
    case 'fields':
      return `<dl class="letter-fields">${item.rows
        .map((row) => `<div><dt>${escapeHtml(row.label)}</dt><dd>${lines(row.value)}</dd></div>`)
        .join('')}</dl>`;
    case 'list': {
      const tag = item.ordered ? 'ol' : 'ul';
      const items = item.items
        .map(
          (li) =>
            `<li class="letter-item${edited(li.edited)}" ${idAttr(li.id)}>${lines(li.text)}</li>`,
        )
        .join('');
      return `<${tag} class="letter-list">${items}</${tag}>`;
    }
  }
}

/**
 * The letter as an escaped HTML fragment (an `<article>`), ready to embed in a page.
 *
 * @example
 * renderLetterHtml(letter); // '<article class="letter" lang="en-US">…</article>'
 */
export function renderLetterHtml(letter: LetterModel): string {
  const parts: string[] = [];
  const classes = [
    'letter',
    letter.mirror ? 'letter-mirror' : '',
    letter.draft ? 'letter-draft' : '',
  ]
    .filter(Boolean)
    .join(' ');
  parts.push(`<article class="${classes}" lang="${escapeHtml(letter.lang)}">`);
  for (const notice of letter.notices) {
    parts.push(`<p class="letter-notice" role="note">${lines(notice)}</p>`);
  }
  parts.push(address(letter.from, 'letter-from'));
  parts.push(`<p class="letter-date">${escapeHtml(letter.date)}</p>`);
  for (const to of letter.to) {
    parts.push(address(to, 'letter-to'));
  }
  parts.push(
    `<h2 class="letter-subject"><span class="letter-label">${escapeHtml(letter.labels.subject)}</span> ${lines(letter.subject)}</h2>`,
  );
  parts.push(`<p class="letter-salutation">${lines(letter.salutation)}</p>`);
  for (const item of letter.body) {
    parts.push(block(item));
  }
  const sig = letter.signature;
  parts.push(
    `<div class="letter-signature"><p>${escapeHtml(sig.closing)}</p><p class="letter-typed-signature">${escapeHtml(sig.typed)}</p><p>${lines([sig.name, sig.role, ...sig.lines].join('\n'))}</p></div>`,
  );
  if (letter.copies.length > 0) {
    const copies = letter.copies
      .map((copy) => `<li>${escapeHtml([copy.name, ...copy.lines].join(', '))}</li>`)
      .join('');
    parts.push(
      `<div class="letter-copies"><p class="letter-label">${escapeHtml(letter.labels.copies)}</p><ul>${copies}</ul></div>`,
    );
  }
  parts.push('</article>');
  return parts.join('\n');
}
