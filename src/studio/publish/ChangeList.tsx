import type { DocumentChanges } from '../../content/documentChanges'
import { noChanges } from '../../content/documentChanges'

/** What a publish or a restore changes, in lists a person checks before confirming. */
export function ChangeList({ changes, nothing }: { changes: DocumentChanges; nothing: string }) {
  if (noChanges(changes)) return <p>{nothing}</p>
  const sections = [
    { title: 'Exhibits added', items: changes.added.map((exhibit) => `“${exhibit.title}”`) },
    { title: 'Exhibits removed', items: changes.removed.map((exhibit) => `“${exhibit.title}”`) },
    {
      title: 'Exhibits changed',
      items: changes.changed.map((exhibit) => `“${exhibit.title}”: ${exhibit.fields.join(', ')}`),
    },
    { title: 'Layout', items: changes.layout },
    { title: 'The exhibition', items: changes.other },
  ].filter((section) => section.items.length > 0)
  return (
    <div className="change-list">
      {sections.map((section) => (
        <section key={section.title} aria-label={section.title}>
          <h3>
            {section.title} ({section.items.length})
          </h3>
          <ul>
            {section.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
