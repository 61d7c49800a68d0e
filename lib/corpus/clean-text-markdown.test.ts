import { describe, expect, it } from 'vitest';
import { cleanText } from './clean-text';

const md = (raw: string) => cleanText(raw, { format: 'markdown' });

const ARTICLE = `# Russia and *Iran*: A **New** Axis

The two leaders met in the capital on **Friday** and discussed
__trade__, *energy* and _security_ at length, according to the
[official readout](https://example.com/readout_(en) "Readout"). ![Putin and
Pezeshkian](photo.jpg)

## What the treaty says

It covers the \`defence_cooperation\` clause and more:

- closer defence ties
* joint exercises that will be
  held every year
1. first phase
2. second phase

> “We are partners,” the minister said,
> adding that nothing would change.

\`\`\`json
{
  "signed": true,

  "year": 2025
}
\`\`\`

---

What comes next
---------------

![chart](chart.png)

Talks resume in **spring**.
`;

describe('cleanText: Markdown', () => {
  it('reduces a Markdown article to canonical text', () => {
    const result = md(ARTICLE);
    expect(result.title).toBe('Russia and Iran: A New Axis');
    expect(result.canonical).toBe([
      'The two leaders met in the capital on Friday and discussed trade, energy and security at length, according to the official readout.',
      'What the treaty says',
      'It covers the defence_cooperation clause and more:',
      '- closer defence ties\n- joint exercises that will be held every year\n1. first phase\n2. second phase',
      '“We are partners,” the minister said, adding that nothing would change.',
      '{\n  "signed": true,\n  "year": 2025\n}',
      'What comes next',
      'Talks resume in spring.',
    ].join('\n\n'));
    expect(result.dropped).toEqual([
      { text: 'Russia and Iran: A New Axis', reason: 'title' },
      { text: '![Putin and Pezeshkian](photo.jpg)', reason: 'markup' },
      { text: '---', reason: 'markup' },
      { text: '![chart](chart.png)', reason: 'markup' },
    ]);
  });

  it('gives canonical text that plain-text cleaning leaves as it is (no code block, no title)', () => {
    const raw = ARTICLE.replace(/^# .*\n/, '').replace(/```json[\s\S]*?```\n/, '');
    const first = md(raw);
    expect(first.title).toBeNull();
    expect(cleanText(first.canonical)).toMatchObject({ canonical: first.canonical, dropped: [] });
  });

  it('takes a setext or ATX level-1 heading on top as the title, and drops YAML front matter', () => {
    expect(md('Leaders Meet?\n=============\n\n## Short\n\nText.').title).toBe('Leaders Meet?');
    const result = md('---\ntitle: x\n---\n# Title #\n\nBody text.');
    expect(result).toMatchObject({ title: 'Title', canonical: 'Body text.' });
    expect(result.dropped[0]).toEqual({ text: '---\ntitle: x\n---', reason: 'markup' });
  });

  it('reads ATX headings only with a space after the marks, and keeps a "#" that is part of the text', () => {
    expect(md('Intro text.\n\n## Learning C# ##\n\n#hashtag and #5 stay.\n\n###\n\nEnd.')).toMatchObject({
      canonical: 'Intro text.\n\nLearning C#\n\n#hashtag and #5 stay.\n\nEnd.',
      dropped: [{ text: '###', reason: 'markup' }],
    });
  });

  it('keeps each line of a single-line-paragraph Markdown file its own block', () => {
    expect(md('First paragraph here.\nSecond **one**.\n- a\n+ b').canonical).toBe('First paragraph here.\n\nSecond one.\n\n- a\n- b');
  });

  it('drops rules in all three spellings and keeps the text around them apart', () => {
    expect(md('One.\n\n***\nTwo.\n\n___\n\n- - -\n\nThree.').canonical).toBe('One.\n\nTwo.\n\nThree.');
  });

  it('keeps code blocks verbatim: tilde fences, markup inside, an unclosed fence', () => {
    expect(md('Intro.\n\n~~~\n**not bold** # x\n  - y\n~~~\nAfter.').canonical).toBe('Intro.\n\n**not bold** # x\n  - y\n\nAfter.');
    expect(md('Intro.\n\n```\na\n\nb').canonical).toBe('Intro.\n\na\nb');
  });

  it('reduces nested quotes and headings inside quotes', () => {
    expect(md('> > deep quote\n> > goes on\n\n> ## Quoted heading\n> text').canonical).toBe('deep quote goes on\n\nQuoted heading\n\ntext');
  });

  it('leaves Persian, Cyrillic and emoji untouched', () => {
    const persian = 'روابط ایران و روسیه در سال‌های اخیر گسترش یافته است.';
    const raw = `# عنوان مقاله\n\n**${persian}**\n\n*Москва* и _Тегеран_ 🇮🇷🇷🇺 👩🏽‍💻 𝒳 — snake_case.`;
    expect(md(raw)).toMatchObject({
      title: 'عنوان مقاله',
      canonical: `${persian}\n\nМосква и Тегеран 🇮🇷🇷🇺 👩🏽‍💻 𝒳 — snake_case.`,
    });
  });

  it('leaves Markdown alone in plain-text mode', () => {
    expect(cleanText('Intro.\n# Heading\n**bold** text.').canonical).toBe('Intro.\n\n# Heading\n\n**bold** text.');
  });
});
