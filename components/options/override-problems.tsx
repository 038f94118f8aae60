import type { OverrideProblem } from '@/lib/sites/generic/coerce-overrides';

/** Stored overrides Redline does not use, each with why; the other sites keep theirs. */
export function OverrideProblems({ problems }: { problems: OverrideProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div role="alert" data-testid="override-problems">
      <p>Some stored overrides are damaged and not used (those sites use their defaults):</p>
      <ul>
        {problems.map((problem) => (
          <li key={problem.siteKey}>
            <code>{problem.siteKey === '*' ? 'all sites' : problem.siteKey}</code>:{' '}
            {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
