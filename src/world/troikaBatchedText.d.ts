import type { Mesh } from 'three'

declare module 'troika-three-text' {
  /**
   * troika-three-text 0.52's BatchedText (src/BatchedText.js), which its published types leave out: any number of
   * `Text` members, added with `addText`, drawn in one draw call. Members are placed by their own local matrix.
   */
  export class BatchedText extends Mesh {
    addText(text: Mesh): void
    removeText(text: Mesh): void
    sync(callback?: () => void): void
    dispose(): void
  }
}
