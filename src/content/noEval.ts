import { z } from 'zod'

// The pages run under a Content-Security-Policy without 'unsafe-eval'. Zod would otherwise probe `new Function` to
// compile its parsers, which the browser blocks and reports as a CSP violation; jitless parsers need no eval.
// Imported first by each page's entry, before any schema parses.
z.config({ jitless: true })
