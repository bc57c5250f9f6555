// The rig's home is src/motion (pure, tested there); headset components that share it import it from here.
export { createRig, type Rig } from '../../motion/rig'
