/**
 * Soft, even gallery light without shadow maps: a sky/ground fill for ambient shading and one key light for form.
 * Shadow maps would cost every frame on a headset for little gain under diffuse ceiling light.
 */
export function Lighting() {
  return (
    <>
      <hemisphereLight args={['#ffffff', '#a89c8a', 2.2]} />
      <directionalLight position={[6, 12, 8]} intensity={1.4} />
      <ambientLight intensity={0.25} />
    </>
  )
}
