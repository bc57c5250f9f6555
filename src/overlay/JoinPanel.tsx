import { useEffect, useState } from 'react'
import { t } from '../content/uiStrings'
import { usePresence } from '../presence/presenceStore'
import { usePreferences } from '../state/preferences'

/** Addresses for headsets: the server's local-network ones if it has any, else this page's own address. */
async function joinAddresses(): Promise<string[]> {
  try {
    const response = await fetch(`${import.meta.env.BASE_URL}api/join`)
    const body = response.ok ? ((await response.json()) as { urls?: unknown }) : {}
    const urls = Array.isArray(body.urls) ? body.urls.filter((url): url is string => typeof url === 'string') : []
    if (urls.length > 0) return urls
  } catch {
    // A static host has no API: the page's own address is the one to share.
  }
  return [new URL(import.meta.env.BASE_URL, window.location.href).href]
}

/** QR codes for a headset to join this exhibition; drawn here from the address, no outside service. */
function JoinCodes() {
  const language = usePreferences((state) => state.language)
  // The headset that scans the code joins this laptop's hall instance, so the group sees each other at once.
  const instance = usePresence((state) => state.code)
  const [codes, setCodes] = useState<{ url: string; image: string }[] | null>(null)
  useEffect(() => {
    let live = true
    void (async () => {
      const [{ toDataURL }, addresses] = await Promise.all([import('qrcode'), joinAddresses()])
      const urls = addresses.map((address) => (instance ? `${address}?join=${instance}` : address))
      const made = await Promise.all(
        urls.map(async (url) => ({ url, image: await toDataURL(url, { margin: 1, width: 240 }) })),
      )
      if (live) setCodes(made)
    })()
    return () => {
      live = false
    }
  }, [instance])
  if (!codes) return <p>…</p>
  return (
    <>
      <p>{t('joinHint', language)}</p>
      {codes.map(({ url, image }) => (
        <figure key={url}>
          <img className="join-code" src={image} alt={`QR code: ${url}`} width={240} height={240} />
          <figcaption>
            <code>{url}</code>
          </figcaption>
        </figure>
      ))}
    </>
  )
}

/** "Visit with a headset": the join address and its QR code, for the laptop running the exhibition at an event. */
export function JoinPanel() {
  const language = usePreferences((state) => state.language)
  const [open, setOpen] = useState(false)
  return (
    <div className="join-panel">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('joinTitle', language)}
      </button>
      {open && (
        <section className="join-popup" aria-label={t('joinTitle', language)}>
          <JoinCodes />
        </section>
      )}
    </div>
  )
}
