import type { ContentProblem } from '../content/parse'
import { t } from '../content/uiStrings'
import { usePreferences } from '../state/preferences'

type ContentErrorProps = { kind: 'invalid'; problems: ContentProblem[] } | { kind: 'unreachable'; message: string }

/** What a visitor sees instead of a black screen when the exhibition cannot be loaded, and why. */
export function ContentError(props: ContentErrorProps) {
  const language = usePreferences((state) => state.language)
  return (
    <main className="content-error" role="alert" aria-labelledby="content-error-title">
      <h1 id="content-error-title">{t('contentError', language)}</h1>
      {props.kind === 'invalid' ? (
        <>
          <p>{t('contentErrorHint', language)}</p>
          <ul>
            {props.problems.map((problem) => (
              <li key={`${problem.path}:${problem.message}`}>
                <code>{problem.path}</code>: {problem.message}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          {t('networkError', language)} {props.message}
        </p>
      )}
      <button type="button" onClick={() => window.location.reload()}>
        {t('retry', language)}
      </button>
    </main>
  )
}
