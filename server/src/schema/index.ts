// Only imports: each domain module registers its own types, queries and mutations.
import { builder } from './builder.js';
import './scalars.js';
import '../modules/regions/regions.schema.js';
import '../modules/cards/cards.schema.js';

export const schema = builder.toSchema({ sortSchema: true });
