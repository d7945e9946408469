/** Why a chain's structure cannot be analysed; callers map it to a validation error. */
export type InvalidChainCode =
  | 'DUPLICATE_SEGMENT'
  | 'UNKNOWN_SEGMENT'
  | 'INVALID_WEIGHT'
  | 'FEEDS_CYCLE'
  | 'PARENT_CYCLE';

/**
 * The chain handed to the analysis is not a well-formed taxonomy (dangling reference, bad weight,
 * cycle). The database prevents most of these; the check stays here because the analysis would
 * loop or silently miscount on such input.
 */
export class InvalidChainError extends Error {
  override readonly name: string = 'InvalidChainError';

  constructor(
    readonly code: InvalidChainCode,
    readonly chainId: number,
    readonly segmentIds: readonly number[],
    message: string,
  ) {
    super(message);
  }
}

/**
 * The chain's `feeds` links (or its parent links) contain a cycle. `feeds` must be a DAG: the chain
 * map is drawn in layers from upstream to downstream, which a cycle makes impossible.
 */
export class ChainCycleError extends InvalidChainError {
  override readonly name: string = 'ChainCycleError';

  constructor(
    chainId: number,
    readonly relation: 'feeds' | 'parent',
    segmentIds: readonly number[],
  ) {
    super(
      relation === 'feeds' ? 'FEEDS_CYCLE' : 'PARENT_CYCLE',
      chainId,
      segmentIds,
      `Chain ${chainId}: the ${relation} links between segments contain a cycle` +
        (segmentIds.length > 0 ? ` (segments ${segmentIds.join(', ')})` : ''),
    );
  }
}

/** A function was asked about a firm that is not in its input. */
export class UnknownFirmError extends Error {
  override readonly name: string = 'UnknownFirmError';

  constructor(readonly firmId: number) {
    super(`Firm ${firmId} is not in the input`);
  }
}
