import { type Pulse, schedule, toneFor } from './patterns'

/**
 * Plays a pattern as sound, generated in the page (no file, no request): one short low tone per pulse, with soft
 * edges so it does not click. Resolves true once the audio is actually running.
 */
export async function playTones(context: AudioContext, pattern: readonly Pulse[]): Promise<boolean> {
  if (context.state === 'suspended') await context.resume().catch(() => undefined)
  const start = context.currentTime + 0.05
  for (const pulse of schedule(pattern)) {
    const { frequencyHz, gain } = toneFor(pulse)
    const at = start + pulse.startMs / 1000
    const end = at + pulse.durationMs / 1000
    const oscillator = context.createOscillator()
    const envelope = context.createGain()
    oscillator.type = 'sine'
    oscillator.frequency.value = frequencyHz
    envelope.gain.setValueAtTime(0, at)
    envelope.gain.linearRampToValueAtTime(gain, at + 0.01)
    envelope.gain.setValueAtTime(gain, Math.max(at + 0.01, end - 0.015))
    envelope.gain.linearRampToValueAtTime(0, end)
    oscillator.connect(envelope).connect(context.destination)
    oscillator.start(at)
    oscillator.stop(end + 0.02)
  }
  return context.state === 'running'
}
