/** Where the 3D preview's camera starts, looking at the hall's centre (tests project stands to the screen with it). */
export const PREVIEW_CAMERA = { position: [0, 22, 20] as [number, number, number], fov: 50, near: 0.1, far: 200 }
