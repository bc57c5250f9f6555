import { type Random, seededRandom, signed } from '../random'

/** What a visitor chooses: whether someone manipulates the market, and whether it is monitored and policed. */
export interface MarketSettings {
  /** A group trades a collection among its own accounts (wash trading) and talks it up, then sells out. */
  manipulation: boolean
  /** Dynamic monitoring flags abnormal volume; enforcement then stops the wash trades and freezes the sell-out. */
  monitoring: boolean
  seed: number
}

export const MARKET_DEFAULTS: Required<MarketSettings> = { manipulation: false, monitoring: false, seed: 1 }

/** Days simulated, and the manipulators' plan: pump from `PUMP_START`, sell everything at `DUMP_DAY`. */
export const DAYS = 60
const PUMP_START = 10
const DUMP_DAY = 34
const DUMP_DAYS = 4
/** Monitoring flags once this share of a day's trades has been between linked accounts for `FLAG_AFTER_DAYS` days. */
export const FLAG_SHARE = 0.25
export const FLAG_AFTER_DAYS = 3

export interface MarketDay {
  price: number
  /** Trades between independent buyers and sellers. */
  realVolume: number
  /** Trades between accounts the manipulators control: volume that is not demand. */
  washVolume: number
  flagged: boolean
}

export interface MarketResult {
  days: MarketDay[]
  peakPrice: number
  peakDay: number
  finalPrice: number
  /** Fall from the peak to the end, 0..1: what the last buyers lose. */
  drawdown: number
  /** The first day monitoring flagged, if it did. */
  firstFlagDay: number | null
  /** Share of all volume that was wash trading, 0..1. */
  washShare: number
}

/**
 * A toy market for one digital collection. Real buyers follow a steady interest plus hype: they buy more when the
 * price has been rising and when volume looks high, which is exactly what wash trades fake. The manipulators' fake
 * volume and talk push the price up; when they sell, the hype turns and the price falls back.
 */
export function simulateMarket({ manipulation, monitoring, seed }: MarketSettings): MarketResult {
  const random: Random = seededRandom(seed)
  const days: MarketDay[] = []
  let price = 1
  let stopped = false
  let firstFlagDay: number | null = null
  let suspicious = 0
  for (let day = 0; day < DAYS; day++) {
    const previous = days[day - 1]
    const weekAgo = days[day - 5]
    const momentum = previous && weekAgo ? (previous.price - weekAgo.price) / weekAgo.price : 0
    const shownVolume = previous ? previous.realVolume + previous.washVolume : 100
    const pumping = manipulation && !stopped && day >= PUMP_START && day < DUMP_DAY
    const dumping = manipulation && !stopped && day >= DUMP_DAY && day < DUMP_DAY + DUMP_DAYS
    const washVolume = pumping ? 50 * (1 + (day - PUMP_START) * 0.2) : 0
    // Hype: rising prices and busy trading draw buyers in; a falling price drives them out.
    const hype = 1.2 * momentum + 0.002 * (shownVolume - 100)
    // Steady buyers value the collection near its launch price: the dearer it gets, the fewer of them buy.
    const value = price ** -0.5
    const demand = 100 * (1 + 0.1 * signed(random)) * Math.max(0.15, value + hype)
    const supply = 100 * (1 + 0.1 * signed(random)) + (dumping ? 260 : 0)
    // Wash trades print ever higher sale prices: they count as buying pressure although no one new is buying.
    const pressure = demand + (pumping ? washVolume * 0.5 : 0)
    price *= Math.exp(0.3 * ((pressure - supply) / (pressure + supply)) + 0.01 * signed(random))
    const realVolume = Math.min(demand, supply)
    const total = realVolume + washVolume
    // Monitoring sees trades between linked accounts; it flags after a run of days, not on one odd day.
    suspicious = total > 0 && washVolume / total > FLAG_SHARE ? suspicious + 1 : 0
    const flagged = monitoring && suspicious >= FLAG_AFTER_DAYS
    if (flagged && firstFlagDay === null) firstFlagDay = day
    // Zero tolerance: once flagged, the wash trading is stopped and the manipulators cannot sell out.
    if (flagged) stopped = true
    days.push({ price, realVolume, washVolume, flagged })
  }
  let peakDay = 0
  days.forEach((entry, day) => {
    if (entry.price > (days[peakDay]?.price ?? 0)) peakDay = day
  })
  const peakPrice = days[peakDay]?.price ?? 1
  const finalPrice = days[DAYS - 1]?.price ?? 1
  const wash = days.reduce((sum, entry) => sum + entry.washVolume, 0)
  const total = days.reduce((sum, entry) => sum + entry.washVolume + entry.realVolume, 0)
  return {
    days,
    peakPrice,
    peakDay,
    finalPrice,
    drawdown: 1 - finalPrice / peakPrice,
    firstFlagDay,
    washShare: total > 0 ? wash / total : 0,
  }
}
