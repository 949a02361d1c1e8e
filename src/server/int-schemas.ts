import { z } from 'zod';

/**
 * Integers as a PostgreSQL `integer` column holds them. A number past these
 * bounds would make the statement fail (a 500), so every schema that takes an
 * integer builds on these and refuses it at the boundary instead; the OpenAPI
 * contract test checks that no integer input is left unbounded.
 */
export const INT4_MIN = -2_147_483_648;
export const INT4_MAX = 2_147_483_647;

const tooSmall = `不能小于${INT4_MIN} (must be at least ${INT4_MIN})`;
const tooLarge = `不能大于${INT4_MAX} (must be at most ${INT4_MAX})`;

/** An integer in a JSON body. */
export const int4 = () => z.number().int().min(INT4_MIN, tooSmall).max(INT4_MAX, tooLarge);

/** An integer written in a path or query string. */
export const int4Text = () => z.coerce.number().int().min(INT4_MIN, tooSmall).max(INT4_MAX, tooLarge);
