import type { ApiError } from '../api/client'

/** A refusal in words: the server's sentence, and each field at fault under the name the form shows it by. */
export function FieldProblems({ error, labels }: { error: ApiError; labels: Record<string, string> }) {
  return (
    <div role="alert" className="studio-error">
      <p>{error.message}</p>
      {error.problems.length > 0 && (
        <ul>
          {error.problems.map((problem) => (
            <li key={problem.path + problem.message}>
              {labels[problem.path] ?? problem.path} {problem.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
