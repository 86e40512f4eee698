import type { Problem } from '../../data/problems';
import { useCurateT } from './useCurateT';

/** validate-data's problems, live; each one leads to its field. */
export function ProblemList({ problems, onGo }: { problems: readonly Problem[]; onGo: (path: string) => void }) {
  const t = useCurateT();
  return (
    <section aria-labelledby="curate-problems" className="flex flex-col gap-1 p-3">
      <h3 id="curate-problems" className={`text-sm font-semibold ${problems.length ? 'text-red-800' : 'text-emerald-800'}`} aria-live="polite">
        {t.problems(problems.length)}
      </h3>
      <p className="text-xs text-slate-600">{t.problemsIntro}</p>
      <ul className="flex max-h-64 flex-col gap-0.5 overflow-auto text-xs" aria-label={t.problems(problems.length)}>
        {problems.map((pr, i) => (
          <li key={`${pr.path}:${i}`}>
            <button type="button" className="min-h-6 text-left font-mono text-red-900 underline decoration-dotted hover:decoration-solid" onClick={() => onGo(pr.path)}>
              {pr.path}: {pr.message}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
