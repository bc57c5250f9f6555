import { create } from 'zustand'

interface Loading {
  /** Progress of each named task, 0..1. Tasks are added as they become known. */
  tasks: Record<string, number>
  /** Set once the hall has drawn its first complete frame. */
  firstFrame: boolean
  report: (task: string, fraction: number) => void
  markFirstFrame: () => void
}

export const useLoading = create<Loading>()((set, get) => ({
  tasks: {},
  firstFrame: false,
  report: (task, fraction) => {
    if (get().tasks[task] === fraction) return
    set((state) => ({ tasks: { ...state.tasks, [task]: Math.max(state.tasks[task] ?? 0, fraction) } }))
  },
  markFirstFrame: () => set({ firstFrame: true }),
}))

/** Overall progress: the mean of every known task. */
export function overallProgress(tasks: Record<string, number>): number {
  const values = Object.values(tasks)
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length
}

export const allTasksDone = (tasks: Record<string, number>): boolean =>
  Object.values(tasks).every((value) => value >= 1)
