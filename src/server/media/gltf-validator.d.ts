/** The parts of the Khronos glTF validator's API this server uses (the package ships no types). */
declare module 'gltf-validator' {
  export interface ValidationMessage {
    code: string
    message: string
    /** 0 error, 1 warning, 2 information, 3 hint. */
    severity: number
    pointer?: string
    offset?: number
  }
  export interface ValidationReport {
    issues: { numErrors: number; numWarnings: number; messages: ValidationMessage[] }
  }
  export interface ValidationOptions {
    uri?: string
    format?: 'glb' | 'gltf'
    externalResourceFunction?: (uri: string) => Promise<Uint8Array>
    writeTimestamp?: boolean
    maxIssues?: number
    ignoredIssues?: string[]
  }
  export function validateBytes(data: Uint8Array, options?: ValidationOptions): Promise<ValidationReport>
  export function version(): string
}
