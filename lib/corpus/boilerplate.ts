// Recognisers for the site furniture that scrapers pick up around an article. Each one tests a
// whole line (or block), so a phrase that merely appears inside a sentence never matches.

// Lowercased words only: "- Advertisement -", "Back to top ↑", "Comments (3)" and "MENU" all reduce
// to their words, so one list entry covers the punctuation variants sites use.
function bareWords(line: string): string {
  return line
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const PAGE_CHROME = new Set([
  'top of page', 'bottom of page', 'skip to content', 'skip to main content', 'skip to navigation',
  'skip navigation', 'jump to navigation', 'back to top', 'go to top', 'scroll to top', 'return to top',
  'advertisement', 'advertisements', 'sponsored', 'sponsored content', 'menu', 'main menu', 'open menu',
  'close menu', 'toggle menu', 'toggle navigation', 'navigation', 'search', 'close', 'print', 'share',
]);

/** True for a line that is only navigation or ad furniture ("top of page", "Advertisement", "Menu"). */
export function isPageChrome(line: string): boolean {
  return PAGE_CHROME.has(bareWords(line));
}

const TOC_HEADING = new Set(['table of contents', 'contents', 'in this article', 'on this page']);

/** True for a "Table of Contents"-style heading line. */
export function isTocHeading(line: string): boolean {
  return TOC_HEADING.has(bareWords(line));
}

// Headings that open the related-links / author-box / social / comments area under an article.
// Open-ended ones ("more from …", "follow us on …") carry a site name after the phrase.
const SECTION_START =
  /^(?:article recommendations|recommended(?: articles| stories| for you| reading)?|you (?:might|may) also like|related(?: articles| stories| posts| news| content| coverage| reading)?|read (?:more|next|also)|more from\b.{0,40}|more stories\b.{0,40}|detail author|about the author|author bio|socials|share (?:this|on)\b.{0,30}|follow us\b.{0,30}|comments?(?: \d+)?|\d+ comments?|leave a (?:comment|reply)|tags)$/;

/** True for a line that starts a trailing boilerplate section ("Article Recommendations", "Socials"). */
export function isBoilerplateSectionStart(line: string): boolean {
  return line.length <= 80 && SECTION_START.test(bareWords(line));
}

// "Read more: Iran's drones in Ukraine", "See also » Sanctions explained": a pointer to another story.
const LINK_LINE = /^(?:read (?:more|also|next)|see also|also read)\s*[:»›|–—-]\s*(\S.*)$/i;
const MAX_LINK_LINE = 100;

/**
 * True for a short line pointing to another story ("Read more: …", "Read also: …", "See also: …"):
 * one line under 100 characters whose pointer is a title, not a sentence (no full stop at its end,
 * no second sentence), so prose such as "See also: the report found that … ." stays.
 */
export function isLinkLine(line: string): boolean {
  const text = line.trim();
  if (text.length > MAX_LINK_LINE || text.includes('\n')) return false;
  const target = LINK_LINE.exec(text)?.[1];
  return target !== undefined && !/\.$/.test(target) && !/[.!?]\s+\S/.test(target);
}

const CALL_TO_ACTION =
  /\b(?:in the comments?(?: section)? below|leave (?:us )?a comment|let us know in the comments|subscribe to our (?:newsletter|channel|podcast)|sign up (?:for|to) our newsletter|join the conversation in the comments)\b/i;

/** True for a short closing paragraph that only asks readers to comment or subscribe. */
export function isCallToAction(paragraph: string): boolean {
  return paragraph.length <= 500 && CALL_TO_ACTION.test(paragraph);
}

// "Source » ejpress", "Source: Reuters", "courtesy : alarabiya", "Courtesy of AP", "Credit - BBC".
const CREDIT_LINE = /^(?:sources?|courtesy|credits?)\s*(?:[:»›>|–—-]+|\s+of\s+)\s*(\S.{0,79})$/i;

/** The outlet named by a credit line, or null when the line is not one. */
export function parseCreditLine(line: string): string | null {
  const match = CREDIT_LINE.exec(line.trim());
  const outlet = match?.[1]?.replace(/[.\s]+$/, '');
  // A credit names an outlet; a full sentence after "Source:" is prose about sources.
  if (!outlet || outlet.split(/\s+/).length > 8) return null;
  return outlet;
}
