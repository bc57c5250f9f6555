import type { Exhibition, Language } from '../content/schema'
import { t } from '../content/uiStrings'
import { HallText } from './HallText'

const BANNER = { width: 3.2, height: 0.9, depth: 0.06, y: 3.9 }

/** A double-sided banner hanging over the middle of a zone, so visitors see where they are from either side. */
function ZoneBanner({ x, z, color, label }: { x: number; z: number; color: string; label: string }) {
  const face = BANNER.depth / 2 + 0.005
  return (
    <group position={[x, BANNER.y, z]}>
      <mesh>
        <boxGeometry args={[BANNER.width, BANNER.height, BANNER.depth]} />
        <meshStandardMaterial color={color} roughness={0.6} />
      </mesh>
      {[0, Math.PI].map((yaw) => (
        <group key={yaw} rotation-y={yaw}>
          <HallText position={[0, 0, face]} fontSize={0.4} color="#ffffff" bold track={`banner:${label}:${yaw}`}>
            {label}
          </HallText>
        </group>
      ))}
    </group>
  )
}

/** Zone banners, the exhibition's title facing the entrance, and the entrance sign. */
export function Signage({ exhibition, language }: { exhibition: Exhibition; language: Language }) {
  const { hall } = exhibition
  const [ex, ez] = hall.entrance.position
  // The title faces whoever comes in: a few metres ahead of the entrance, high on the far wall of the lobby.
  const lobby = hall.zones.find(
    (zone) => ex >= zone.area[0][0] && ex <= zone.area[1][0] && ez >= zone.area[0][1] && ez <= zone.area[1][1],
  )
  const titleZ = lobby ? Math.min(lobby.area[0][1], lobby.area[1][1]) + 0.16 : ez - 6
  return (
    <group name="signage">
      {hall.zones
        .filter((zone) => zone !== lobby)
        .map((zone) => (
          <ZoneBanner
            key={zone.id}
            x={(zone.area[0][0] + zone.area[1][0]) / 2}
            z={(zone.area[0][1] + zone.area[1][1]) / 2}
            color={zone.color}
            label={zone.title[language]}
          />
        ))}
      <group position={[ex, 0, titleZ]}>
        <HallText
          position={[0, 3.75, 0]}
          fontSize={0.4}
          maxWidth={16}
          anchorY="bottom"
          textAlign="center"
          bold
          track="title"
        >
          {exhibition.title[language]}
        </HallText>
        <HallText
          position={[0, 3.6, 0]}
          fontSize={0.15}
          maxWidth={8}
          lineHeight={1.35}
          anchorY="top"
          textAlign="center"
          color="#3a4152"
          track="subtitle"
        >
          {exhibition.subtitle[language]}
        </HallText>
      </group>
      <HallText
        position={[ex, 3.35, hall.depth / 2 - 0.17]}
        rotation-y={Math.PI}
        fontSize={0.22}
        color="#3a4152"
        bold
        track="entrance"
      >
        {t('welcome', language)}
      </HallText>
    </group>
  )
}
