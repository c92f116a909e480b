import type { ReactNode } from 'react';

/** One titled section of the dossier, a target of the section links. */
export function DossierSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} tabIndex={-1} aria-labelledby={`${id}-title`} className="dossier-section">
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}
