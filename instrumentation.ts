// Runs once when a server starts: a production server without a strong NEXTAUTH_SECRET or a
// DATABASE_URL refuses to start instead of running insecurely.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') await import('./lib/startup-check');
}
