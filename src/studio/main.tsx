import '../content/noEval'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { StudioApp } from './StudioApp'
// Chinese and Latin in sliced files the browser fetches (from this origin) only for the characters on screen, so
// curators can type any character, not only those the published hall font was cut to.
import '@fontsource/noto-sans-sc/400.css'
import '@fontsource/noto-sans-sc/700.css'
import './studio.css'

const root = document.getElementById('root')
if (!root) throw new Error('studio/index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <StudioApp />
  </StrictMode>,
)
