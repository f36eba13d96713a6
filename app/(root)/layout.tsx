import type { ReactNode } from "react";
import "../globals.css";

/** Pages without a locale only send the visitor on; they have their own minimal document. */
export default function RootRedirectLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="pt-PT">
      <body className="bg-slate-50 font-sans text-slate-900">{children}</body>
    </html>
  );
}
