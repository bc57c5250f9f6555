import type { ConsoleAction, ConsoleDevice } from '../../content/console'
import { deviceLabel } from '../../content/console'
import type { Exhibition } from '../../content/schema'
import { ActionButtons } from './ActionButtons'
import { idleLine, nearestExhibitTitle, offlineLine, openExhibitTitle, preflightLine, rttLine } from './deviceLines'

const Cell = ({ line }: { line: { text: string; ok: boolean } }) => (
  <td data-ok={line.ok ? 'yes' : 'no'}>{line.text}</td>
)

/** One device in the console's table: what it is doing now, and its commands. */
export function DeviceRow({
  device,
  exhibition,
  now,
  busy,
  onAction,
}: {
  device: ConsoleDevice
  exhibition: Exhibition
  now: number
  busy: boolean
  onAction: (action: ConsoleAction, label: string) => void
}) {
  const name = deviceLabel(device)
  const status = device.status
  return (
    <tr aria-label={name} data-session={device.sessionId}>
      <th scope="row">
        {name}
        <span className="console-sub">
          {status?.kiosk ? 'kiosk · ' : ''}instance {device.instance}
        </span>
      </th>
      {status ? (
        <>
          <td>{status.immersive ? 'in VR' : 'screen'}</td>
          <td>{status.language === 'zh' ? '中文' : 'English'}</td>
          <td>{nearestExhibitTitle(exhibition, status.position)}</td>
          <td>{openExhibitTitle(exhibition, status.openExhibitId)}</td>
          <td>{idleLine(status.idleMs)}</td>
          <Cell line={offlineLine(status.offline)} />
          <Cell line={rttLine(status.rttMs)} />
          <Cell line={preflightLine(status.lastPreflight, now)} />
        </>
      ) : (
        <td colSpan={8}>connected; no status yet</td>
      )}
      <td>
        <ActionButtons exhibition={exhibition} who={name} busy={busy} onAction={onAction} />
      </td>
    </tr>
  )
}
