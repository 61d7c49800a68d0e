// Generator benchmark and tool: fills a scratch PostgreSQL with a synthetic team and reports how
// fast. Defaults are the large run of the performance issue: 1,000,000 highlights in the team,
// one article with 100,000 of them (and one each with 1,000 and 10,000).
// Usage: npm run bench:generate -- [--highlights 1000000] [--articles 200] [--analysts 20] [--focus 100000,10000,1000] [--port 54343]
import { parseArgs } from 'node:util';
import { generate } from './lib/generate';
import { describeMachine } from './lib/machine';
import { saveResult, table } from './lib/results';
import { runBench } from './lib/run-bench';
import { startScratchDatabase } from './lib/scratch-db';
import { round } from './lib/stats';

const { values } = parseArgs({
  options: {
    highlights: { type: 'string', default: '1000000' },
    articles: { type: 'string', default: '200' },
    analysts: { type: 'string', default: '20' },
    themes: { type: 'string', default: '16' },
    focus: { type: 'string', default: '100000,10000,1000' },
    port: { type: 'string', default: '54343' },
    'no-save': { type: 'boolean', default: false },
  },
});

async function main() {
  const database = await startScratchDatabase('generate', Number(values.port));
  try {
    const options = {
      articles: Number(values.articles),
      analysts: Number(values.analysts),
      highlights: Number(values.highlights),
      themes: Number(values.themes),
      focus: values.focus ? values.focus.split(',').map(Number) : [],
    };
    const machine = await describeMachine({ databaseUrl: database.url });
    const team = await generate(database.url, options);
    const rows = team.counts.highlights + team.counts.tags + team.counts.ratings;
    const figures = { ...team.counts, seconds: round(team.seconds), highlightsPerSecond: Math.round(team.counts.highlights / team.seconds), rowsPerSecond: Math.round(rows / team.seconds) };
    console.log(JSON.stringify(figures));
    if (!values['no-save']) {
      saveResult({
        bench: 'generate',
        title: 'Generator',
        machine,
        params: options,
        figures,
        targets: [],
        markdown: [
          `\`npm run bench:generate\`: ${options.highlights.toLocaleString('en')} highlights on ${options.articles} articles (focus articles with ${options.focus.map((n) => n.toLocaleString('en')).join(', ')}), ${options.analysts} analysts, ${options.themes} themes; rows built in Node from a seeded PRNG over the seed articles' text, inserted in batches of 5,000 through \`unnest()\`.`,
          '',
          table(['Highlights', 'Themes applied', 'Ratings', 'Seconds', 'Highlights/s', 'Rows/s'], [[team.counts.highlights, team.counts.tags, team.counts.ratings, figures.seconds, figures.highlightsPerSecond, figures.rowsPerSecond].map((n) => n.toLocaleString('en'))]),
        ].join('\n'),
      });
    }
  } finally {
    await database.stop();
  }
}

runBench(main);
