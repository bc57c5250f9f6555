import '../content/noEval'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { StudioApp } from './StudioApp'
import './studio.css'

const root = document.getElementById('root')
if (!root) throw new Error('studio/index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <StudioApp />
  </StrictMode>,
)
