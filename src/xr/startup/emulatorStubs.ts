/**
 * Stand-ins for IWER's dev UI and synthetic rooms, which @pmndrs/xr's built-in emulator imports. The hall installs
 * IWER itself (./emulator) and never uses either; aliasing them here keeps about 6.5 MB of unused chunks (and a
 * second copy of three) out of the build.
 */
export class DevUI {
  constructor() {
    throw new Error('IWER dev UI is not part of this build')
  }
}

export class SyntheticEnvironmentModule {
  constructor() {
    throw new Error('IWER synthetic environments are not part of this build')
  }
}
