import { BIOMED_CHAIN } from './chain-biomed';
import { HYDROGEN_CHAIN } from './chain-hydrogen';
import { IC_CHAIN } from './chain-ic';
import { NEV_CHAIN } from './chain-nev';
import type { ChainSpec } from './chain-spec';

/** The demo's industry chains, in display order. */
export const DEMO_CHAINS: readonly ChainSpec[] = [NEV_CHAIN, BIOMED_CHAIN, IC_CHAIN, HYDROGEN_CHAIN];
