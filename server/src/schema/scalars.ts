import { DateTimeResolver } from 'graphql-scalars';
import { builder } from './builder.js';

builder.addScalarType('DateTime', DateTimeResolver);

// Uploads arrive through GraphQL multipart requests (yoga parses them into File objects).
builder.scalarType('File', {
  description: 'A file from a multipart request.',
  serialize: () => {
    throw new Error('File is an input-only scalar');
  },
});
