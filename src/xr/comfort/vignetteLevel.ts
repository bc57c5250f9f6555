let opacity = 0

/** The comfort vignette's opacity as last drawn: 0 when it is not drawn. Kept by the Vignette, read by others. */
export const vignetteOpacity = (): number => opacity

/** Called by the Vignette each frame it eases, with the opacity it draws. */
export function drewVignette(value: number): void {
  opacity = value
}
