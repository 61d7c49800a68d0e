// Randomised tests draw from the project's seeded generator (lib/seeded-random.ts).
export { createSeededRandom, randomInt } from '@/lib/seeded-random';
