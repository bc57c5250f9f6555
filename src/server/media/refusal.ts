/** Why an upload was refused, in words a curator can act on, and the HTTP status that goes with it. */
export interface UploadRefusal {
  status: 413 | 415 | 422
  error: string
}

export const refusal = (status: UploadRefusal['status'], error: string): { ok: false; refusal: UploadRefusal } => ({
  ok: false,
  refusal: { status, error },
})

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
