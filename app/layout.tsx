import type { Metadata, Viewport } from 'next';
import './globals.css';

// The logo as an inline SVG icon, so no file or download is needed.
const icon =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="8" fill="#4f46e5"/><path d="M8 10h6l4 6h6M8 16h16M8 22h6l4-6" fill="none" stroke="#fff" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/></svg>',
  );

export const metadata: Metadata = {
  title: 'Switchboard',
  description: 'One inbox for every customer conversation',
  icons: { icon },
};

export const viewport: Viewport = { themeColor: '#0f172a' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">{children}</body>
    </html>
  );
}
