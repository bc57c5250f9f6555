import { NO_LIVE_SERVER_META } from '../content/presence'

/** False in a static export (src/server/export/exportStatic.ts marks its page): no server, so no presence. */
export function hasLiveServer(doc: Pick<Document, 'querySelector'> = document): boolean {
  return doc.querySelector(`meta[name="${NO_LIVE_SERVER_META}"]`) === null
}
