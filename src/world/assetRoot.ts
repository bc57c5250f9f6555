import { createContext, useContext } from 'react'

/**
 * Where the exhibition's own files (fonts, media) are served from, relative to the page. The visitor app sits at the
 * root; the studio page one folder below it provides `../`.
 */
export const AssetRootContext = createContext<string>(import.meta.env.BASE_URL)

export const useAssetRoot = (): string => useContext(AssetRootContext)
