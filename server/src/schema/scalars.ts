import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { builder } from './builder.js';

builder.addScalarType('DateTime', DateTimeResolver);
// Before/after values in the audit trail and a card's version history.
builder.addScalarType('JSON', JSONResolver);

// Uploads arrive through GraphQL multipart requests (yoga parses them into File objects).
builder.scalarType('File', {
  description: 'A file from a multipart request.',
  serialize: () => {
    throw new Error('File is an input-only scalar');
  },
});
