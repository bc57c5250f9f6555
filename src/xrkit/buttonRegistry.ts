import type { Object3D } from 'three'

const buttons = new Map<string, Object3D>()

/** Keeps a mounted 3D button's mesh by its id, so anyone who needs to find a button (a test aiming at it) can. */
export function registerButton(id: string, object: Object3D): () => void {
  buttons.set(id, object)
  return () => {
    // A newer button with the same id may have taken the slot already: leave it.
    if (buttons.get(id) === object) buttons.delete(id)
  }
}

/** The meshes of the 3D buttons on show, by id. */
export function shownButtons(): ReadonlyMap<string, Object3D> {
  return buttons
}
